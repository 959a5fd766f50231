package org.vangnet.security;

/** What an administrator fills in to create an account. The team is required for counsellors and supervisors. */
public record NewAccount(String username, String displayName, String password, Role role, Long teamId) {

    public static final int MAX_USERNAME = 50;
    public static final int MAX_DISPLAY_NAME = 100;
}
