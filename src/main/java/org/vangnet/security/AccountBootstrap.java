package org.vangnet.security;

import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.StringUtils;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.db.DatabaseMode;
import org.vangnet.base.domain.DomainException;

/**
 * Makes sure somebody can sign in after the first start, without ever shipping a default account:
 * <ol>
 *   <li>demo data enabled (the embedded database, by default): the demo teams and one account per role;</li>
 *   <li>{@code vangnet.setup.admin-username} and {@code -password} set: that administrator;</li>
 *   <li>otherwise: a one-time setup token, printed once in the log, for {@code /setup}.</li>
 * </ol>
 * Nothing happens when any account exists.
 */
@Component
@Order(10)
class AccountBootstrap implements ApplicationRunner {

    /** Shared by all demo accounts; listed in the README. Never created on an external database unless asked for. */
    static final String DEMO_PASSWORD = "vangnet-demo-2026";

    static final List<DemoAccount> DEMO_ACCOUNTS = List.of(
            new DemoAccount("lotte", "Lotte Peeters", Role.COUNSELLOR, "Team Gent"),
            new DemoAccount("karim", "Karim El Idrissi", Role.COUNSELLOR, "Team Gent"),
            new DemoAccount("ines", "Inès Dubois", Role.COUNSELLOR, "Team Brussel"),
            new DemoAccount("sofie", "Sofie Janssens", Role.SUPERVISOR, "Team Gent"),
            new DemoAccount("nadia", "Nadia Vermeulen", Role.INSTITUTE_STAFF, null),
            new DemoAccount("admin", "Alex Maes", Role.ADMIN, null));

    private static final Logger log = LoggerFactory.getLogger(AccountBootstrap.class);

    private final UserAccountRepository users;
    private final TeamRepository teams;
    private final SetupService setupService;
    private final PasswordEncoder passwordEncoder;
    private final DatabaseMode databaseMode;
    private final SetupProperties setupProperties;
    private final TransactionTemplate transaction;
    private final AuditTrail auditTrail;
    private final SecondFactorStore secondFactors;
    private final Clock clock;

    AccountBootstrap(UserAccountRepository users, TeamRepository teams, SetupService setupService,
                     PasswordEncoder passwordEncoder, DatabaseMode databaseMode, SetupProperties setupProperties,
                     TransactionTemplate transaction, AuditTrail auditTrail, SecondFactorStore secondFactors,
                     Clock clock) {
        this.secondFactors = secondFactors;
        this.users = users;
        this.teams = teams;
        this.setupService = setupService;
        this.passwordEncoder = passwordEncoder;
        this.databaseMode = databaseMode;
        this.setupProperties = setupProperties;
        this.transaction = transaction;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            if (databaseMode.demoDataEnabled()) {
                transaction.executeWithoutResult(status -> enrolDemoSecondFactors());
            }
            return;
        }
        if (databaseMode.demoDataEnabled()) {
            transaction.executeWithoutResult(status -> createDemoAccounts());
            log.warn("Created {} demo accounts with the public demo password from the README. Never use demo "
                    + "data for real cases: set SPRING_DATASOURCE_URL for a real database.", DEMO_ACCOUNTS.size());
        } else if (StringUtils.hasText(setupProperties.adminUsername())
                && StringUtils.hasText(setupProperties.adminPassword())) {
            transaction.executeWithoutResult(status -> createConfiguredAdministrator());
            log.info("Created the first administrator '{}' from the configuration", setupProperties.adminUsername());
        } else {
            String token = setupService.issueToken();
            log.warn("""

                    ==================================================================
                     Vangnet has no accounts yet. Create the first administrator at
                       /setup
                     with this one-time setup token (it works once, and only until
                     the next restart):
                       {}
                    ==================================================================""", token);
        }
    }

    private void createDemoAccounts() {
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        DEMO_ACCOUNTS.stream().map(DemoAccount::team).filter(t -> t != null).distinct()
                .filter(name -> teams.findByNameIgnoreCase(name).isEmpty())
                .forEach(name -> teams.save(new Team(name, clock.instant())));
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            Long teamId = demo.team() == null ? null
                    : teams.findByNameIgnoreCase(demo.team()).map(Team::getId).orElseThrow();
            users.save(new UserAccount(demo.username(), demo.displayName(), hash, demo.role(), teamId,
                    clock.instant()));
        }
        enrolDemoSecondFactors();
    }

    /** Demo accounts without a factor (also those of a demo database from before decision 020) get the public one. */
    private void enrolDemoSecondFactors() {
        for (DemoAccount demo : DEMO_ACCOUNTS) {
            users.findByUsername(demo.username())
                    .filter(account -> !secondFactors.hasAuthenticatorApp(account.getId()))
                    .ifPresent(account -> secondFactors.enrol(account.getId(), DemoSecondFactor.SECRET, null, clock.instant()));
        }
    }

    private void createConfiguredAdministrator() {
        try {
            PasswordPolicy.check("password", setupProperties.adminPassword());
            var admin = users.save(new UserAccount(setupProperties.adminUsername(),
                    StringUtils.hasText(setupProperties.adminDisplayName())
                            ? setupProperties.adminDisplayName() : setupProperties.adminUsername(),
                    passwordEncoder.encode(setupProperties.adminPassword()), Role.ADMIN, null, clock.instant()));
            auditTrail.record(AuditEntry.created(UserAccountService.AUDIT_TYPE, admin.getId())
                    .withDetail("first-administrator").by(admin.getUsername(), Role.ADMIN.name()));
        } catch (DomainException e) {
            throw new IllegalStateException(("VANGNET_SETUP_ADMIN_USERNAME must be 3-50 characters (lower-case letters, "
                    + "digits, . _ -) and VANGNET_SETUP_ADMIN_PASSWORD %d-%d characters (%s)").formatted(
                    PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH, e.messageKey()), e);
        }
    }

    record DemoAccount(String username, String displayName, Role role, String team) {
    }
}
