package org.vangnet.cases;

import java.time.Instant;

/** A case within the user's scope that may concern the same client, and what matched. */
public record SimilarCase(Long id, String reference, String alias, CaseStatus status, Instant openedAt,
                          String matchedOn) {
}
