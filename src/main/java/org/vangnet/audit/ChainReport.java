package org.vangnet.audit;

import java.time.Instant;

/**
 * What a verification of the audit trail's hash chain found (decision 030).
 *
 * @param rowsChecked    rows whose link was recomputed
 * @param problem        the first problem, or {@code null} when the chain is intact
 * @param problemSeq     the chain position of the first broken or missing link
 * @param problemEventId the audit row there (for a missing link: the first row after the gap)
 * @param headSeq        the last link's position, as the chain's head records it
 * @param headHash       the last link's hash: the value to keep in safe keeping
 */
public record ChainReport(Instant checkedAt, String checkedBy, long rowsChecked, Problem problem, Long problemSeq,
                          Long problemEventId, long headSeq, String headHash) {

    public boolean intact() {
        return problem == null;
    }

    /** The head as a text to keep apart from the database: position, hash, when. */
    public String headText() {
        return "Vangnet audit chain head\nseq=" + headSeq + "\nhash=" + headHash + "\nchecked_at=" + checkedAt
                + "\nintact=" + intact() + "\n";
    }

    /** The first thing wrong, in the order the verifier looks. */
    public enum Problem {
        /** A row without a link: written with the chain's trigger switched off. */
        UNSEALED,
        /** A row content no longer matches its hash: it was changed. */
        CHANGED,
        /** A row does not point at the hash of the row before it: rows were replaced or reordered. */
        BROKEN_LINK,
        /** A position in the chain is empty: rows were deleted. */
        MISSING,
        /** The head names a later link than the last row: rows at the end were deleted. */
        MISSING_AT_END,
        /** The head does not match the last row. */
        HEAD_MISMATCH
    }
}
