package org.vangnet.base.audit;

import java.util.Objects;

/**
 * One line of the audit trail as a module hands it over. It names the object by type and id and
 * never carries the personal data itself; {@code detail} is a short code such as
 * {@code "role-changed"} or {@code "status:CLOSED"}, never free text typed by a user.
 *
 * <p>Actor, role, time and client address are filled in by the trail from the security context
 * and the current request, unless given here (e.g. for a login, before a context exists).
 *
 * <p>{@code caseId} names the case the line belongs to, whatever its object (a note, a takedown
 * request, a follow-up...): the case's access log is every line with that case id. The module
 * that writes the line knows its case; see {@code docs/decisions/015-case-record-keeping.md}.
 */
public record AuditEntry(
        AuditAction action,
        String objectType,
        String objectId,
        AuditOutcome outcome,
        String detail,
        String actor,
        String actorRole,
        Long caseId) {

    public static final int MAX_DETAIL = 120;

    public AuditEntry {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(outcome, "outcome");
        if (detail != null && detail.length() > MAX_DETAIL) {
            throw new IllegalArgumentException("Audit detail is a short code, not text");
        }
    }

    /** A line that belongs to no case (a sign-in, an account changed, a report read). */
    public AuditEntry(AuditAction action, String objectType, String objectId, AuditOutcome outcome, String detail,
                      String actor, String actorRole) {
        this(action, objectType, objectId, outcome, detail, actor, actorRole, null);
    }

    public static AuditEntry of(AuditAction action, String objectType, Object objectId) {
        return new AuditEntry(action, objectType, idOf(objectId), AuditOutcome.SUCCESS, null, null, null, null);
    }

    public static AuditEntry read(String objectType, Object objectId) {
        return of(AuditAction.READ, objectType, objectId);
    }

    public static AuditEntry created(String objectType, Object objectId) {
        return of(AuditAction.CREATE, objectType, objectId);
    }

    public static AuditEntry updated(String objectType, Object objectId, String detail) {
        return of(AuditAction.UPDATE, objectType, objectId).withDetail(detail);
    }

    public static AuditEntry denied(String objectType, Object objectId, String detail) {
        return new AuditEntry(AuditAction.ACCESS_DENIED, objectType, idOf(objectId), AuditOutcome.DENIED,
                detail, null, null, null);
    }

    public AuditEntry withDetail(String newDetail) {
        return new AuditEntry(action, objectType, objectId, outcome, newDetail, actor, actorRole, caseId);
    }

    public AuditEntry withOutcome(AuditOutcome newOutcome) {
        return new AuditEntry(action, objectType, objectId, newOutcome, detail, actor, actorRole, caseId);
    }

    /** For events that happen before or outside a security context, such as a login attempt. */
    public AuditEntry by(String newActor, String newActorRole) {
        return new AuditEntry(action, objectType, objectId, outcome, detail, newActor, newActorRole, caseId);
    }

    /** The line belongs to this case (it shows in the case's access log). */
    public AuditEntry inCase(Long newCaseId) {
        return new AuditEntry(action, objectType, objectId, outcome, detail, actor, actorRole, newCaseId);
    }

    private static String idOf(Object id) {
        return id == null ? null : id.toString();
    }
}
