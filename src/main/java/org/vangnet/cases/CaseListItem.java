package org.vangnet.cases;

import java.time.Instant;
import java.util.Set;

/** A case as the list shows it; {@code version} lets a change made from the list detect a concurrent one. */
public record CaseListItem(Long id, String reference, String alias, CaseStatus status, WaitingOn waitingOn,
                           Priority priority, Long counsellorId, String counsellorName, Long teamId,
                           String teamName, Instant openedAt, Instant lastActivityAt, boolean minorInvolved,
                           Set<HarmKind> harms, long version) {
}
