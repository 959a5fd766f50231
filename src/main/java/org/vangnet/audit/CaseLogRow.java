package org.vangnet.audit;

import java.time.Instant;

/**
 * One line of a case's access log: who (username, and name if the account exists), in which role,
 * did what to which object of the case, and how it ended. Never the client address: the supervisor
 * needs to know who, not from where.
 */
public record CaseLogRow(long id, Instant occurredAt, String actor, String actorName, String actorRole,
                         String action, String objectType, String objectId, String outcome, String detail) {
}
