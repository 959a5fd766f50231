package org.vangnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.testsupport.DatabaseRoles;
import org.vangnet.cases.CaseNotAccessibleException;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.NoteService;
import org.vangnet.followups.FollowUpService;
import org.vangnet.security.NewAccount;
import org.vangnet.security.Role;
import org.vangnet.security.UserAccountService;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.IdentifierKind;
import org.vangnet.sextortion.NewIdentifier;
import org.vangnet.takedowns.ItemKind;
import org.vangnet.takedowns.NewTakedown;
import org.vangnet.takedowns.OnBehalfOf;
import org.vangnet.takedowns.ReportRoute;
import org.vangnet.takedowns.TakedownItem;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownStatus;
import org.vangnet.testsupport.SignedIn;

/** A supervisor reads who did what on a case of their team: everything the modules audit about it, and nothing else. */
@SpringBootTest
class CaseLogIntegrationTest {

    @Autowired
    EmbeddedPostgres postgres;
    @Autowired
    AuditQueryService audit;
    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries caseQueries;
    @Autowired
    NoteService notes;
    @Autowired
    TakedownService takedowns;
    @Autowired
    ExtorterService extorters;
    @Autowired
    FollowUpService followUps;
    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void theSupervisorSeesWhoReadAndChangedTheCaseAndItsTakedownsExtortersAndFollowUpsNewestFirst() {
        Long caseId = openCase("lotte", "Toegangslog");
        Long other = openCase("lotte", "Ander dossier");
        Long takedownId = as("lotte", () -> {
            caseQueries.get(caseId);
            notes.addNote(caseId, "Cliënt belde terug");
            Long id = takedowns.create(caseId, takedown());
            long version = jdbc.queryForObject("select version from takedown_request where id = ?", Long.class, id);
            takedowns.changeStatus(caseId, id, version, TakedownStatus.SUBMITTED, null, null);
            Long extorter = extorters.add(caseId, null, null);
            Long identifier = extorters.addIdentifier(caseId, extorter,
                    NewIdentifier.of(IdentifierKind.PHONE, "+32 470 " + ThreadLocalRandom.current().nextInt(100000, 999999)));
            extorters.removeIdentifier(caseId, identifier);
            followUps.forCase(caseId, PageRequest.of(0, 10));
            return id;
        });
        as("karim", () -> assertThatThrownBy(() -> caseQueries.get(caseId)).isInstanceOf(CaseNotAccessibleException.class));

        var log = as("sofie", () -> audit.caseLog(caseId, clock.instant(), PageRequest.of(0, 100)).getContent());

        assertThat(log).extracting(CaseLogRow::actor, CaseLogRow::action, CaseLogRow::objectType).contains(
                tuple("lotte", "CREATE", "CASE"),
                tuple("lotte", "READ", "CASE"),
                tuple("lotte", "CREATE", "CASE_NOTE"),
                tuple("lotte", "CREATE", "TAKEDOWN"),
                tuple("lotte", "UPDATE", "TAKEDOWN"),
                tuple("lotte", "CREATE", "EXTORTER"),
                tuple("lotte", "CREATE", "EXTORTER_IDENTIFIER"),
                tuple("lotte", "DELETE", "EXTORTER_IDENTIFIER"),
                tuple("lotte", "CREATE", "FOLLOW_UP"),
                tuple("lotte", "READ", "FOLLOW_UP"),
                tuple("karim", "ACCESS_DENIED", "CASE"));
        assertThat(log).filteredOn(r -> r.objectType().equals("TAKEDOWN")).extracting(CaseLogRow::objectId)
                .containsOnly(takedownId.toString());
        assertThat(log).filteredOn(r -> r.actor().equals("lotte")).extracting(CaseLogRow::actorName)
                .containsOnly("Lotte Peeters");
        assertThat(log).extracting(CaseLogRow::occurredAt).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        // The other case's lines stay out, also those of its objects.
        assertThat(log).noneMatch(r -> other.toString().equals(r.objectId()) && r.objectType().equals("CASE"));
        assertThat(jdbc.queryForList("select id from audit_event where case_id = ?", Long.class, other))
                .isNotEmpty().doesNotContainAnyElementsOf(log.stream().map(CaseLogRow::id).toList());
        assertThat(log).allSatisfy(r -> {
            for (Locale language : TranslationProvider.LOCALES) {
                assertThat(new TranslationProvider().getTranslation("audit.object-type." + r.objectType(), language))
                        .as(r.objectType()).doesNotStartWith("!");
            }
        });
    }

    @Test
    void readingTheLogIsAuditedAndShowsInItLaterButNotInTheListBeingRead() {
        Long caseId = openCase("karim", "Gelezen log");
        Instant asOf = clock.instant();

        var first = as("sofie", () -> audit.caseLog(caseId, asOf, PageRequest.of(0, 50)).getContent());
        var again = as("sofie", () -> audit.caseLog(caseId, asOf, PageRequest.of(0, 50)).getContent());
        var later = as("sofie", () -> audit.caseLog(caseId, clock.instant(), PageRequest.of(0, 50)).getContent());

        assertThat(again).isEqualTo(first);
        assertThat(first).noneMatch(r -> r.objectType().equals("CASE_AUDIT"));
        assertThat(later).filteredOn(r -> r.objectType().equals("CASE_AUDIT"))
                .extracting(CaseLogRow::actor, CaseLogRow::action, CaseLogRow::detail)
                .contains(tuple("sofie", "READ", "rows:" + first.size()));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                where object_type = 'CASE_AUDIT' and object_id = ? and actor = 'sofie' and action = 'READ'""",
                Long.class, caseId.toString())).isGreaterThanOrEqualTo(3);
    }

    @Test
    void aCounsellorMayNotReadTheLogAndASupervisorOfAnotherTeamMayNotReadThisCasesLog() {
        Long caseId = openCase("lotte", "Niet voor iedereen");
        String brussels = "sup." + ThreadLocalRandom.current().nextInt(1_000_000);
        Long brusselsTeam = jdbc.queryForObject("select id from team where name = 'Team Brussel'", Long.class);
        as("admin", () -> accounts.create(new NewAccount(brussels, "Supervisor Brussel", "een lange zin als wachtwoord",
                Role.SUPERVISOR, brusselsTeam)));

        as("lotte", () -> assertThatThrownBy(() -> audit.caseLog(caseId, clock.instant(), PageRequest.of(0, 10)))
                .isInstanceOf(AccessDeniedException.class));
        as(brussels, () -> assertThatThrownBy(() -> audit.caseLog(caseId, clock.instant(), PageRequest.of(0, 10)))
                .isInstanceOf(CaseNotAccessibleException.class));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event
                where object_type = 'CASE' and object_id = ? and actor = ? and action = 'ACCESS_DENIED'""",
                Long.class, caseId.toString(), brussels)).isOne();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'CASE_AUDIT'"
                + " and object_id = ?", Long.class, caseId.toString())).isZero();
    }

    @Test
    void linesWrittenBeforeTheCaseIdColumnAreGivenTheirCaseByTheMigration() throws Exception {
        Long caseId = openCase("lotte", "Oude regels");
        Long takedownId = as("lotte", () -> takedowns.create(caseId, takedown()));
        Long note = as("lotte", () -> notes.addNote(caseId, "Oude notitie"));
        // Lines as the trail wrote them before V012_1: the case only in the object or in the detail.
        // The backfill runs as the superuser (the application role may not switch the trail's trigger
        // off, decision 029), in one transaction that is rolled back: these hand-made rows never reach
        // the hash chain, which is sealed at commit (decision 030).
        String script = new String(getClass().getResourceAsStream("/db/migration/V012_1__audit_case_id.sql")
                .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        String backfill = script.substring(script.indexOf("alter table audit_event disable trigger"),
                script.indexOf("-- The access log reads"));
        try (var connection = postgres.getDatabase("postgres", DatabaseRoles.DATABASE).getConnection()) {
            connection.setAutoCommit(false);
            var superuser = new JdbcTemplate(new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true));
            // No trigger while the old lines go in: they are not sealed into the chain either.
            superuser.execute("set local session_replication_role = replica");
            superuser.update("""
                    insert into audit_event (occurred_at, actor, action, object_type, object_id, outcome, detail)
                    values (now(), 'lotte', 'READ', 'CASE', ?, 'SUCCESS', null),
                           (now(), 'lotte', 'UPDATE', 'TAKEDOWN', ?, 'SUCCESS', 'status:SUBMITTED'),
                           (now(), 'lotte', 'CREATE', 'CASE_NOTE', ?, 'SUCCESS', null),
                           (now(), 'lotte', 'DELETE', 'EXTORTER_IDENTIFIER', '999999999', 'SUCCESS', 'case:' || ? || ',kind:PHONE'),
                           (now(), 'lotte', 'READ', 'FOLLOW_UP', null, 'SUCCESS', 'case:' || ?)""",
                    caseId.toString(), takedownId.toString(), note.toString(), caseId, caseId);
            superuser.execute("set local session_replication_role = origin");
            for (String statement : backfill.replaceAll("(?m)^--.*$", "").split(";")) {
                if (!statement.isBlank()) {
                    superuser.execute(statement);
                }
            }

            assertThat(superuser.queryForObject("""
                    select count(*) from audit_event where case_id is null and actor = 'lotte'
                      and (object_id in (?, ?, ?) or detail like 'case:' || ? || '%')""",
                    Long.class, caseId.toString(), takedownId.toString(), note.toString(), caseId)).isZero();
            assertThat(superuser.queryForObject("select count(*) from audit_event where case_id = ? and detail like 'case:%'",
                    Long.class, caseId)).isEqualTo(2);
            connection.rollback();
        }
    }

    private Long openCase(String counsellor, String alias) {
        return as(counsellor, () -> cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails(alias, 25, null, 24,
                null, false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null)));
    }

    private NewTakedown takedown() {
        Long platform = jdbc.queryForObject("select id from platform where code = 'REDDIT'", Long.class);
        return new NewTakedown(platform, ReportRoute.WEB_FORM, OnBehalfOf.HELPLINE,
                List.of(new TakedownItem(ItemKind.URL, "https://www.reddit.com/r/x/comments/log/")), "Beeld", false);
    }

    private <T> T as(String username, Supplier<T> action) {
        return new SignedIn(users, securityContext).as(username, action);
    }

    private void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }
}
