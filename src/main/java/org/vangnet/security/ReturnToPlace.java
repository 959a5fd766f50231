package org.vangnet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.util.Optional;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.vangnet.security.ui.SecondFactorView;

/**
 * Where a user was when they were sent to sign in, and whether that happened because their session
 * ended (decision 037): timed out, or lost with the node that held it, or with a restart.
 *
 * <p>Spring Security saves the page a signed-out user asked for through Vaadin's request cache, which
 * delegates to this one. Its saved request is dropped when the password is accepted, because the next
 * page is always the second factor's; so the address is also kept under an attribute of its own, which
 * the second-factor page takes once the sign-in is complete. Only the path and query are kept, as seen
 * by this server, so it cannot send anyone to another site.
 *
 * <p>A page request that carries a session id this node does not know means a session ended: the
 * sign-in page then says so and what that means for unsaved input. Vaadin's client reacts to an ended
 * session by reloading the page it shows, which is how such a request arrives here.
 */
public final class ReturnToPlace extends HttpSessionRequestCache {

    static final String RETURN_TO = ReturnToPlace.class.getName() + ".returnTo";
    static final String SESSION_ENDED = ReturnToPlace.class.getName() + ".sessionEnded";

    @Override
    public void saveRequest(HttpServletRequest request, HttpServletResponse response) {
        boolean ended = request.getRequestedSessionId() != null && !request.isRequestedSessionIdValid();
        super.saveRequest(request, response);
        if (!isPageLoad(request)) {
            return;
        }
        HttpSession session = request.getSession();
        String place = request.getRequestURI().substring(request.getContextPath().length());
        if (request.getQueryString() != null) {
            place += "?" + request.getQueryString();
        }
        if (isOwnPage(place)) {
            session.setAttribute(RETURN_TO, place);
        }
        if (ended) {
            session.setAttribute(SESSION_ENDED, Boolean.TRUE);
        }
    }

    /** A browser opening a page, not a script's request, a form's post or an icon. */
    private static boolean isPageLoad(HttpServletRequest request) {
        String accept = request.getHeader("Accept");
        return "GET".equals(request.getMethod()) && accept != null && accept.contains("text/html")
                && !"XMLHttpRequest".equals(request.getHeader("X-Requested-With"));
    }

    /** Whether the sign-in page should say that a session ended. */
    public static boolean sessionEnded(HttpSession session) {
        return session != null && Boolean.TRUE.equals(session.getAttribute(SESSION_ENDED));
    }

    /**
     * The place to go after a completed sign-in, relative to the application's root (e.g.
     * {@code cases/42}), forgotten once taken; empty when there is none.
     */
    public static Optional<String> take(HttpSession session) {
        if (session == null) {
            return Optional.empty();
        }
        Object place = session.getAttribute(RETURN_TO);
        session.removeAttribute(RETURN_TO);
        session.removeAttribute(SESSION_ENDED);
        return place instanceof String path && isOwnPage(path) ? Optional.of(path.substring(1)) : Optional.empty();
    }

    /** A path of this application, not a protocol-relative address, and not one of the sign-in steps. */
    static boolean isOwnPage(String path) {
        return path.startsWith("/") && !path.startsWith("//") && !path.contains("\\")
                && !path.startsWith("/login") && !path.startsWith("/" + SecondFactorView.ROUTE);
    }
}
