package org.vangnet.base.audit;

/** How the audited attempt ended. */
public enum AuditOutcome {
    SUCCESS,
    DENIED,
    FAILED
}
