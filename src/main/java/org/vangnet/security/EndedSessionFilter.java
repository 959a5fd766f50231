package org.vangnet.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Refuses a session that was ended from another session or by an administrator (decision 039),
 * whichever node ended it: the session is invalidated here, on the node that holds it, and the
 * request goes on unauthenticated. A page load is then sent to sign in (with the notice of decision
 * 037); a click in an open screen gets Vaadin's "session expired" answer, on which the browser reloads
 * the page and so comes to the same sign-in page.
 *
 * <p>Placed right after the security context is loaded from the session, before anything reads it.
 * Not a bean: Spring Boot would register a filter bean a second time, outside the security chain.
 */
final class EndedSessionFilter extends OncePerRequestFilter {

    private final SessionTracking tracking;
    private final SecurityContextHolderStrategy securityContext;

    EndedSessionFilter(SessionTracking tracking, SecurityContextHolderStrategy securityContext) {
        this.tracking = tracking;
        this.securityContext = securityContext;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var session = request.getSession(false);
        var authentication = securityContext.getContext().getAuthentication();
        // Half-way through signing in is not a session of the user yet: it is recorded once both steps are done.
        if (session != null && authentication != null && !(authentication instanceof SecondFactorPending)
                && authentication.getPrincipal() instanceof VangnetUser user
                && !tracking.admits(request, session, user)) {
            securityContext.clearContext();
            session.invalidate();
        }
        chain.doFilter(request, response);
    }
}
