package org.vangnet.security;

import java.time.Instant;

/**
 * One signed-in session of a user (decision 039), as "My account" lists it.
 *
 * @param browser the browser and system it was opened with ("Firefox 133 · Windows"), empty if unknown
 * @param node    the application node that holds it
 * @param current whether it is the session asking
 */
public record UserSession(long id, String browser, String node, Instant started, Instant lastSeen, boolean current) {
}
