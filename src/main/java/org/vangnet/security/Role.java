package org.vangnet.security;

import static org.vangnet.security.Permissions.*;

import java.util.Set;

/**
 * What a person does in Vangnet, and the permissions that follow from it. Administrators manage
 * accounts and settings but do not read case content; institute staff see only escalations.
 */
public enum Role {

    COUNSELLOR(Roles.COUNSELLOR, Set.of(PROFILE_EDIT, CASE_READ, CASE_WRITE, TAKEDOWN_WRITE, REPORT_READ,
            DIRECTORY_READ, CASE_DOSSIER, CASE_EMERGENCY_ACCESS)),
    SUPERVISOR(Roles.SUPERVISOR, Set.of(PROFILE_EDIT, CASE_READ, CASE_WRITE, CASE_REASSIGN, CASE_AUDIT_READ,
            CASE_ERASE, CASE_EMERGENCY_ACCESS, CASE_APPROVE_CLOSING, TAKEDOWN_WRITE, WORKLOAD_READ, REPORT_READ,
            DIRECTORY_READ, CASE_DOSSIER)),
    INSTITUTE_STAFF(Roles.INSTITUTE_STAFF, Set.of(PROFILE_EDIT, ESCALATION_HANDLE, REPORT_READ, DIRECTORY_READ)),
    ADMIN(Roles.ADMIN, Set.of(PROFILE_EDIT, USER_MANAGE, TEAM_MANAGE, AUDIT_READ, PLATFORM_MANAGE, REPORT_READ,
            RETENTION_MANAGE, DIRECTORY_READ, DIRECTORY_MANAGE, ADVICE_MANAGE));

    private final String roleName;
    private final Set<String> permissions;

    Role(String roleName, Set<String> permissions) {
        this.roleName = roleName;
        this.permissions = permissions;
    }

    public Set<String> permissions() {
        return permissions;
    }

    /** The authority Spring Security and {@code @RolesAllowed} look for. */
    public String authority() {
        return "ROLE_" + roleName;
    }

    /** Whether accounts with this role must belong to a team. */
    public boolean requiresTeam() {
        return this == COUNSELLOR || this == SUPERVISOR;
    }

    public String translationKey() {
        return "role." + name();
    }
}
