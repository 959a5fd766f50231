package org.vangnet.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionIdListener;
import jakarta.servlet.http.HttpSessionListener;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DataAccessException;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps {@code user_session} in step with the servlet container's sessions (decision 039): a
 * signed-in session is recorded at its first request, its "last seen" moves at most once a minute,
 * a new id (after signing in) moves its row, and its end (sign-out, time-out) is noted. Spring Boot
 * registers it as a session listener, being a bean.
 *
 * <p>{@link #admits} is the check every node makes on every request of a signed-in user: a session
 * ended from another session or by an administrator, on any node, is refused at its next request.
 */
@Component
class SessionTracking implements HttpSessionListener, HttpSessionIdListener {

    /** How stale "last seen" may get: one write a minute per session at most, not one per click. */
    static final Duration TOUCH_INTERVAL = Duration.ofMinutes(1);
    /** Rows of ended or abandoned sessions are kept this long, then deleted. */
    static final Duration KEEP_ENDED = Duration.ofDays(1);

    /** After a failed check, how long requests are admitted without asking the database again. */
    static final Duration DATABASE_AWAY_PAUSE = Duration.ofSeconds(5);

    private static final Logger log = LoggerFactory.getLogger(SessionTracking.class);

    private final SessionTable table;
    private final Clock clock;
    private final Duration sessionTimeout;
    private final String host;
    private volatile Instant databaseAwayUntil = Instant.MIN;

    SessionTracking(SessionTable table, Clock clock,
                    @Value("${server.servlet.session.timeout:30m}") Duration sessionTimeout) {
        this.table = table;
        this.clock = clock;
        this.sessionTimeout = sessionTimeout;
        this.host = hostName();
    }

    /**
     * Whether this request of {@code user}'s session may go on: no when the session was ended.
     * A session seen for the first time is recorded with the browser it came from.
     */
    boolean admits(HttpServletRequest request, HttpSession session, VangnetUser user) {
        Instant now = clock.instant();
        if (now.isBefore(databaseAwayUntil)) {
            return true;
        }
        try {
            return check(request, session, user, now);
        } catch (DataAccessException e) {
            // Fail open while the database is away (decision 023): without it nothing about a case can be read
            // anyway, and the click must reach Vaadin, which tells the user so and keeps what they typed. Not
            // asked again for a few seconds, so each click does not wait for the pool's time-out twice.
            databaseAwayUntil = now.plus(DATABASE_AWAY_PAUSE);
            log.warn("Could not check the session against the database; admitted while it is away: {}", e.getMessage());
            return true;
        }
    }

    private boolean check(HttpServletRequest request, HttpSession session, VangnetUser user, Instant now) {
        String key = SessionTable.keyOf(session.getId());
        var state = table.find(key);
        if (state.isEmpty()) {
            table.insertIfAbsent(key, user.id(), host + ":" + request.getLocalPort(),
                    BrowserSummary.of(request.getHeader("User-Agent")), now);
            return true;
        }
        // A session id is a user's own: a row of another user under this key means something is badly wrong.
        if (state.get().ended() || state.get().userId() != user.id()) {
            return false;
        }
        // Vaadin's heartbeat says a tab is open, not that someone works in it (idle sessions close, decision 039).
        if (state.get().lastSeen().isBefore(now.minus(TOUCH_INTERVAL)) && !isHeartbeat(request)) {
            table.touch(state.get().id(), now);
        }
        return true;
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        String query = request.getQueryString();
        return query != null && query.contains("v-r=heartbeat");
    }

    /** Sessions seen since this instant may still be alive; older ones the container has timed out. */
    Instant aliveSince() {
        return clock.instant().minus(sessionTimeout).minus(TOUCH_INTERVAL);
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        try {
            table.closed(SessionTable.keyOf(event.getSession().getId()), clock.instant());
        } catch (DataAccessException e) {
            // A node shutting down expires its sessions after its database pool may have closed; the row
            // then simply ages out, unseen, and no longer counts as open (aliveSince).
            log.debug("Could not note the end of a session", e);
        }
    }

    @Override
    public void sessionIdChanged(HttpSessionEvent event, String oldSessionId) {
        table.rekey(SessionTable.keyOf(oldSessionId), SessionTable.keyOf(event.getSession().getId()));
    }

    /** Every node may run it: deleting the same old rows twice does no harm. */
    @Scheduled(initialDelayString = "PT10M", fixedDelayString = "PT1H")
    void forgetOldSessions() {
        Instant before = clock.instant().minus(sessionTimeout).minus(KEEP_ENDED);
        int deleted = table.deleteOlderThan(before);
        if (deleted > 0) {
            log.info("Forgot {} ended or abandoned sessions", deleted);
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "localhost";
        }
    }
}
