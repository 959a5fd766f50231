package org.vangnet.cases;

import java.time.Instant;

/**
 * The last evidence consistency check, as administrators see it: counts only (decision 025).
 *
 * @param checkedAt    when it ran
 * @param filesRemoved files no evidence row pointed to, deleted
 * @param filesMissing evidence rows whose file is gone (named by case reference in the log)
 */
public record EvidenceCheckView(Instant checkedAt, int filesRemoved, int filesMissing) {
}
