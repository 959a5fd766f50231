package org.vangnet.base.audit;

/** What was done. Kept coarse on purpose: the detail code says which change it was. */
public enum AuditAction {
    READ,
    CREATE,
    UPDATE,
    DELETE,
    EXPORT,
    LOGIN,
    LOGIN_FAILED,
    LOGOUT,
    ACCESS_DENIED
}
