package org.vangnet.security;

import static org.vangnet.security.Permissions.PROFILE_EDIT;
import static org.vangnet.security.Permissions.USER_MANAGE;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;

/**
 * Signed-in sessions (decision 039): each user lists theirs and ends the others (a phone left signed
 * in, a shared computer); an administrator ends all of a user's sessions, e.g. after a lost phone,
 * with a recent second factor. An ended session is refused at its next request, on whichever node
 * holds it ({@link EndedSessionFilter}). The session asking is never ended by its own request.
 */
@Service
public class UserSessionService {

    /** More than anyone has open at once; the list stays short without paging. */
    static final int MAX_LISTED = 50;

    private final SessionTable table;
    private final SessionTracking tracking;
    private final CurrentUser currentUser;
    private final UserAccountRepository users;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;
    private final Clock clock;

    UserSessionService(SessionTable table, SessionTracking tracking, CurrentUser currentUser,
                       UserAccountRepository users, AuditTrail auditTrail, StepUp stepUp, Clock clock) {
        this.table = table;
        this.tracking = tracking;
        this.currentUser = currentUser;
        this.users = users;
        this.auditTrail = auditTrail;
        this.stepUp = stepUp;
        this.clock = clock;
    }

    /** The signed-in user's open sessions, last seen first, the one asking marked as {@code current}. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional(readOnly = true)
    public List<UserSession> own() {
        return table.open(currentUser.require().id(), tracking.aliveSince(), currentKey().orElse(null), MAX_LISTED);
    }

    /** Ends one of the signed-in user's other sessions. Not found if it is not theirs, or already ended. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional
    public void endOwn(long sessionId) {
        var user = currentUser.require();
        if (table.end(user.id(), sessionId, currentKey().orElse(null), SessionTable.EndReason.BY_USER, clock.instant()) == 0) {
            throw new DomainException("sessions.not-found");
        }
        auditTrail.record(AuditEntry.updated(UserAccountService.AUDIT_TYPE, user.id(), "own-session-ended"));
    }

    /** Ends every session of the signed-in user but this one; returns how many. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional
    public int endOthers() {
        var user = currentUser.require();
        int ended = table.end(user.id(), null, currentKey().orElse(null), SessionTable.EndReason.BY_USER, clock.instant());
        auditTrail.record(AuditEntry.updated(UserAccountService.AUDIT_TYPE, user.id(), "own-sessions-ended:" + ended));
        return ended;
    }

    /**
     * Ends every session of an account (a lost phone, a colleague who left a computer signed in), with
     * a recent second factor; returns how many. An administrator ending their own keeps the one they use.
     */
    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public int endAllOf(Long userId) {
        stepUp.require();
        if (!users.existsById(userId)) {
            throw new DomainException("error.not-found");
        }
        int ended = endAll(userId);
        auditTrail.record(AuditEntry.updated(UserAccountService.AUDIT_TYPE, userId, "sessions-ended:" + ended));
        return ended;
    }

    /** For the account service: a disabled account keeps no session open. */
    int endAll(Long userId) {
        return table.end(userId, null, currentKey().orElse(null), SessionTable.EndReason.BY_ADMINISTRATOR, clock.instant());
    }

    /** The key of the session this request belongs to, when there is a request and a session. */
    private static Optional<String> currentKey() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            var session = attributes.getRequest().getSession(false);
            if (session != null) {
                return Optional.of(SessionTable.keyOf(session.getId()));
            }
        }
        return Optional.empty();
    }
}
