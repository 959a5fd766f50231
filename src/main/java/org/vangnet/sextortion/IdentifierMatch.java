package org.vangnet.sextortion;

import java.util.List;

/**
 * How often an identifier appears in other cases. {@code otherCases} counts every case, whatever
 * team it belongs to; {@code visible} names only those the user may open (a counsellor's own and
 * shared cases, a supervisor's team), newest first and at most {@link #MAX_SHOWN}.
 */
public record IdentifierMatch(Long identifierId, int otherCases, List<LinkedCase> visible) {

    public static final int MAX_SHOWN = 10;

    public IdentifierMatch {
        visible = List.copyOf(visible);
    }

    /** Cases the user may not see, or that did not fit: they are counted, never named. */
    public int notShown() {
        return otherCases - visible.size();
    }

    /** Another case with the same identifier, within the user's scope. */
    public record LinkedCase(Long caseId, String reference) {
    }
}
