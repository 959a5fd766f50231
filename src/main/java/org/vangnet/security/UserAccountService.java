package org.vangnet.security;

import static org.vangnet.security.Permissions.PROFILE_EDIT;
import static org.vangnet.security.Permissions.USER_MANAGE;

import java.time.Clock;
import java.util.Locale;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Paging;
import org.vangnet.base.domain.Violations;

/**
 * Administration of accounts: create, change role and team, reset a password, disable, lift a
 * sign-in lock. Each change is audited; none of them is possible without {@link Permissions#USER_MANAGE}
 * and a recent second factor ({@link StepUp}, decision 021).
 */
@Service
public class UserAccountService {

    static final String AUDIT_TYPE = "USER";

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final PasswordEncoder passwordEncoder;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;
    private final SignInThrottle throttle;
    private final StepUp stepUp;
    private final UserSessionService sessions;
    private final Clock clock;

    UserAccountService(UserAccountRepository users, TeamRepository teams, PasswordEncoder passwordEncoder,
                       AuditTrail auditTrail, CurrentUser currentUser, SignInThrottle throttle, StepUp stepUp,
                       UserSessionService sessions, Clock clock) {
        this.stepUp = stepUp;
        this.sessions = sessions;
        this.users = users;
        this.teams = teams;
        this.passwordEncoder = passwordEncoder;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** Accounts whose username or display name contains the filter, a page at a time, with any sign-in lock. */
    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional(readOnly = true)
    public Slice<UserSummary> find(String filter, Pageable pageable) {
        String normalised = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        var page = users.findSummaries(normalised, Paging.capped(pageable, Sort.by("displayName")));
        var locks = throttle.accountLocks(page.getContent().stream().map(UserSummary::id).toList());
        return page.map(u -> u.lockedUntil(locks.get(u.id())));
    }

    /** Lets a locked account sign in again at once, and forgets its failed attempts. */
    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public void liftSignInLock(Long id) {
        stepUp.require();
        load(id);
        if (throttle.liftAccount(id)) {
            auditTrail.record(AuditEntry.updated(AUDIT_TYPE, id, "sign-in-unlocked"));
        }
    }

    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional(readOnly = true)
    public long count(String filter) {
        return users.countMatching(filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT));
    }

    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public Long create(NewAccount account) {
        stepUp.require();
        // Every broken rule at once, so a form sent half empty says all that is missing.
        var problems = new Violations();
        String username = problems.check(() -> UserAccount.normaliseUsername(account.username()));
        problems.check(() -> UserAccount.displayName(account.displayName()));
        problems.check(() -> UserAccount.checkAssignment(account.role(), account.teamId()));
        problems.check(() -> PasswordPolicy.check("password", account.password()));
        if (username != null && users.existsByUsername(username)) {
            problems.add(DomainException.onField("username", "validation.username.taken"));
        }
        problems.throwIfAny();
        requireTeamExists(account.teamId());
        var created = users.save(new UserAccount(username, account.displayName(),
                passwordEncoder.encode(account.password()), account.role(), account.teamId(), clock.instant()));
        auditTrail.record(AuditEntry.created(AUDIT_TYPE, created.getId()).withDetail("role:" + account.role()));
        return created.getId();
    }

    /** Changes name, role and team, unless someone else changed the account since it was loaded. */
    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public void update(Long id, long expectedVersion, String displayName, Role role, Long teamId) {
        stepUp.require();
        var account = load(id);
        ConcurrentChangeException.check(account, expectedVersion);
        requireTeamExists(teamId);
        if (account.getRole() == Role.ADMIN && role != Role.ADMIN) {
            requireAnotherActiveAdministrator(account);
        }
        var problems = new Violations();
        problems.check(() -> account.rename(displayName));
        problems.check(() -> account.assign(role, teamId));
        problems.throwIfAny();
        users.flush();
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, id, "role:" + role));
    }

    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public void resetPassword(Long id, String newPassword) {
        stepUp.require();
        PasswordPolicy.check("password", newPassword);
        var account = load(id);
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, id, "password-reset"));
    }

    /** A disabled account can no longer sign in, and its open sessions end; its history stays. */
    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public void setEnabled(Long id, boolean enabled) {
        stepUp.require();
        var account = load(id);
        if (!enabled) {
            if (account.getUsername().equals(currentUser.require().getUsername())) {
                throw new DomainException("validation.user.cannot-disable-self");
            }
            if (account.getRole() == Role.ADMIN) {
                requireAnotherActiveAdministrator(account);
            }
            account.disable();
            // Disabled means out now, not at the end of the sessions it still has open (decision 039).
            sessions.endAll(id);
        } else {
            account.enable();
        }
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, id, enabled ? "enabled" : "disabled"));
    }

    /** The signed-in user changes their own password, proving they know the current one. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional
    public void changeOwnPassword(String currentPassword, String newPassword) {
        var account = load(currentUser.require().id());
        if (currentPassword == null || !passwordEncoder.matches(currentPassword, account.getPasswordHash())) {
            throw DomainException.onField("currentPassword", "validation.password.wrong-current");
        }
        PasswordPolicy.check("newPassword", newPassword);
        account.changePasswordHash(passwordEncoder.encode(newPassword), clock.instant());
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, account.getId(), "own-password-changed"));
    }

    /** The signed-in user's own reminder address, or {@code null}. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional(readOnly = true)
    public String ownEmail() {
        return load(currentUser.require().id()).getEmail();
    }

    /** The signed-in user sets (or clears, with blank) the address reminders are sent to. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional
    public void changeOwnEmail(String email) {
        var account = load(currentUser.require().id());
        account.changeEmail(email);
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, account.getId(), "own-email-changed"));
    }

    /** Remembers the signed-in user's language for their next sessions. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional
    public void chooseOwnLanguage(Locale language) {
        var account = load(currentUser.require().id());
        account.chooseLanguage(language);
    }

    private UserAccount load(Long id) {
        return users.findById(id).orElseThrow(() -> new DomainException("error.not-found"));
    }

    private void requireTeamExists(Long teamId) {
        if (teamId != null && !teams.existsById(teamId)) {
            throw DomainException.onField("team", "error.not-found");
        }
    }

    private void requireAnotherActiveAdministrator(UserAccount account) {
        if (users.countByRoleAndEnabledTrueAndIdNot(Role.ADMIN, account.getId()) == 0) {
            throw new DomainException("validation.user.last-admin");
        }
    }
}
