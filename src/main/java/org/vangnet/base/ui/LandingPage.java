package org.vangnet.base.ui;

import java.util.Optional;

/**
 * Where a signed-in user starts the day, when that is not the home page: a module that has the
 * user's work list (follow-ups, say) provides a bean. The first page load of a session goes there.
 */
public interface LandingPage {

    /** The route to land on for the signed-in user, or empty to stay on the home page. */
    Optional<String> route();
}
