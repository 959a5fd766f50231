package org.vangnet.base.ui;

import java.util.Locale;

/**
 * What the application shell shows about the signed-in user. The security module provides it, so
 * the shell does not depend on how accounts are stored.
 *
 * @param roleKey  translation key of the user's role
 * @param teamName the team, or {@code null} for roles without one
 * @param language the user's chosen language, or {@code null} when never chosen
 */
public record ShellUser(String username, String displayName, String roleKey, String teamName, Locale language) {
}
