package org.vangnet.base.audit;

/**
 * The one way a module records a read or a write of protected data.
 *
 * <p>The entry is written in the caller's transaction: if it cannot be written, the operation it
 * records fails with it. Called outside a transaction (a login, say), it writes in its own.
 * See {@code docs/decisions/002-audit-trail.md}.
 */
public interface AuditTrail {

    void record(AuditEntry entry);
}
