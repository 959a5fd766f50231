package org.vangnet.security;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The first administrator, when it should come from the environment rather than a setup token
 * ({@code VANGNET_SETUP_ADMIN_USERNAME}, {@code VANGNET_SETUP_ADMIN_PASSWORD}). Used only while the
 * database has no account at all.
 */
@ConfigurationProperties("vangnet.setup")
public record SetupProperties(String adminUsername, String adminPassword, String adminDisplayName) {
}
