package org.vangnet.security;

/** Role names as compile-time constants, for {@code @RolesAllowed} on views. */
public final class Roles {

    public static final String COUNSELLOR = "COUNSELLOR";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String INSTITUTE_STAFF = "INSTITUTE_STAFF";
    public static final String ADMIN = "ADMIN";

    private Roles() {
    }
}
