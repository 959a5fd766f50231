package org.vangnet.audit;

import java.time.Instant;

/** One audit line as the trail view shows it. */
public record AuditEventRow(long id, Instant occurredAt, String actor, String actorRole, String action,
                            String objectType, String objectId, String outcome, String detail,
                            String clientAddress) {
}
