package org.vangnet.conversations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseNotAccessibleException;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.SignedIn;

/** Conversations against the real database: the intake, logging, the encrypted summary, the figures. */
@SpringBootTest
class ConversationIntegrationTest {

    @Autowired
    ConversationService conversations;
    @Autowired
    ContactFigures figures;
    @Autowired
    CaseService cases;
    @Autowired
    CaseQueries queries;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    Clock clock;

    @Test
    void theIntakeIsTheFirstContactAndLaterOnesAreLoggedWithAnEncryptedSummaryOnTheTimelineAndTheHeader() {
        Long caseId = openCase("lotte");
        var intake = as("lotte", () -> conversations.list(caseId, PageRequest.of(0, 10)).getContent());
        assertThat(intake).singleElement().satisfies(c -> {
            assertThat(c.intake()).isTrue();
            assertThat(c.channel()).isEqualTo(ConversationChannel.PHONE);
            assertThat(c.direction()).isEqualTo(ConversationDirection.INCOMING);
            assertThat(c.counsellorName()).isEqualTo("Lotte Peeters");
        });

        Instant callBack = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Long id = as("lotte", () -> conversations.log(caseId, new NewConversation(ConversationChannel.PHONE,
                ConversationDirection.OUTGOING, callBack, 25, "FR", "Terugbelafspraak nagekomen")));

        var list = as("lotte", () -> conversations.list(caseId, PageRequest.of(0, 10)).getContent());
        assertThat(list).hasSize(2);
        assertThat(list.getFirst().id()).isEqualTo(id);
        assertThat(list.getFirst().summary()).isEqualTo("Terugbelafspraak nagekomen");
        assertThat(list.getFirst().language()).isEqualTo("fr");
        assertThat(jdbc.queryForObject("select summary from conversation where id = ?", String.class, id))
                .startsWith("v1:").doesNotContain("Terugbel");
        assertThat(as("lotte", () -> conversations.lastSpokenTo(caseId))).contains(callBack);
        assertThat(as("lotte", () -> queries.headerNotes(caseId)))
                .anySatisfy(n -> assertThat(n.messageKey()).isEqualTo("conversation.header.last-spoken"));
        assertThat(jdbc.queryForList("select arguments from case_timeline_entry where case_id = ? and entry_type = 'CONVERSATION'",
                String.class, caseId)).singleElement().satisfies(a -> assertThat(a)
                .contains("t:conversation.direction.OUTGOING", "t:conversation.channel.PHONE", "25")
                .doesNotContain("Terugbel"));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'CREATE' and object_type = 'CONVERSATION'
                and object_id = ? and actor = 'lotte'""", Long.class, String.valueOf(id))).isOne();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'READ' and object_type = 'CONVERSATION_LOG'
                and object_id = ? and actor = 'lotte'""", Long.class, String.valueOf(caseId))).isGreaterThanOrEqualTo(2);
    }

    @Test
    void badInputIsRefusedOnItsFieldAndAnotherTeamCannotLogOnTheCase() {
        Long caseId = openCase("lotte");
        Instant now = clock.instant();
        assertThat(fieldOf(() -> as("lotte", () -> conversations.log(caseId, new NewConversation(
                ConversationChannel.CHAT, ConversationDirection.INCOMING, now.plus(Duration.ofHours(2)), 5, null, null)))))
                .isEqualTo("startedAt");
        assertThat(fieldOf(() -> as("lotte", () -> conversations.log(caseId, new NewConversation(
                ConversationChannel.CHAT, ConversationDirection.INCOMING, now.minus(Duration.ofDays(3)), 5, null, null)))))
                .isEqualTo("startedAt");
        assertThat(fieldOf(() -> as("lotte", () -> conversations.log(caseId, new NewConversation(
                ConversationChannel.CHAT, ConversationDirection.INCOMING, now, 2000, null, null))))).isEqualTo("duration");
        assertThat(fieldOf(() -> as("lotte", () -> conversations.log(caseId, new NewConversation(
                null, ConversationDirection.INCOMING, now, 5, null, null))))).isEqualTo("channel");
        assertThatThrownBy(() -> as("ines", () -> conversations.log(caseId, new NewConversation(ConversationChannel.CHAT,
                ConversationDirection.INCOMING, now, 5, null, null)))).isInstanceOf(CaseNotAccessibleException.class);
        assertThat(jdbc.queryForObject("select count(*) from conversation where case_id = ?", Long.class, caseId))
                .isOne();
    }

    @Test
    void aCorrectionChangesTheContactRecordsWhichFieldsChangedAndRefusesAStaleVersionOrBadInput() {
        Long caseId = openCase("lotte");
        Instant start = clock.instant().truncatedTo(ChronoUnit.MICROS);
        Long id = as("lotte", () -> conversations.log(caseId, new NewConversation(ConversationChannel.CHAT,
                ConversationDirection.INCOMING, start, 10, "nl", "Eerste versie")));
        var logged = as("lotte", () -> conversations.list(caseId, PageRequest.of(0, 10)).getContent().getFirst());

        as("lotte", () -> {
            conversations.correct(caseId, id, logged.version(), new NewConversation(ConversationChannel.PHONE,
                    ConversationDirection.INCOMING, start, 35, "nl", "Verbeterde versie"));
            return null;
        });

        var corrected = as("lotte", () -> conversations.list(caseId, PageRequest.of(0, 10)).getContent().getFirst());
        assertThat(corrected.id()).isEqualTo(id);
        assertThat(corrected.channel()).isEqualTo(ConversationChannel.PHONE);
        assertThat(corrected.durationMinutes()).isEqualTo(35);
        assertThat(corrected.summary()).isEqualTo("Verbeterde versie");
        assertThat(corrected.version()).isGreaterThan(logged.version());
        assertThat(jdbc.queryForObject("""
                select detail from audit_event where action = 'UPDATE' and object_type = 'CONVERSATION'
                and object_id = ? and case_id = ?""", String.class, String.valueOf(id), caseId))
                .isEqualTo("changed:channel,duration,summary");
        assertThat(jdbc.queryForList("""
                select message_key || ' ' || arguments from case_timeline_entry
                where case_id = ? and entry_type = 'CONVERSATION' order by id""", String.class, caseId))
                .hasSize(2).last().asString().startsWith("timeline.conversation.corrected")
                .contains("t:conversation.channel.PHONE").doesNotContain("Verbeterde");

        // The form was loaded before the correction: nothing overwritten.
        assertThatThrownBy(() -> as("lotte", () -> {
            conversations.correct(caseId, id, logged.version(), new NewConversation(ConversationChannel.EMAIL,
                    ConversationDirection.OUTGOING, start, 5, "nl", "Te laat"));
            return null;
        })).isInstanceOf(ConcurrentChangeException.class);
        // Every broken rule at once, each on its field.
        assertThatThrownBy(() -> as("lotte", () -> {
            conversations.correct(caseId, id, corrected.version(), new NewConversation(null,
                    ConversationDirection.OUTGOING, start.plus(Duration.ofDays(1)), -1, "nederlands", null));
            return null;
        })).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.all()).extracting(DomainException::field)
                .containsExactlyInAnyOrder("channel", "startedAt", "duration", "language"));
        // Another team's counsellor cannot touch it; a correction that changes nothing leaves no trace.
        assertThatThrownBy(() -> as("ines", () -> {
            conversations.correct(caseId, id, corrected.version(), new NewConversation(ConversationChannel.EMAIL,
                    ConversationDirection.OUTGOING, start, 5, null, null));
            return null;
        })).isInstanceOf(CaseNotAccessibleException.class);
        as("lotte", () -> {
            conversations.correct(caseId, id, corrected.version(), new NewConversation(ConversationChannel.PHONE,
                    ConversationDirection.INCOMING, start, 35, "NL", " Verbeterde versie "));
            return null;
        });
        assertThat(jdbc.queryForObject("""
                select channel || ' ' || duration_minutes || ' ' || version from conversation where id = ?""",
                String.class, id)).isEqualTo("PHONE 35 " + corrected.version());
        assertThat(jdbc.queryForObject("select count(*) from case_timeline_entry where case_id = ? and entry_type = 'CONVERSATION'",
                Long.class, caseId)).isEqualTo(2);
    }

    @Test
    void theFiguresPerChannelEqualAnIndependentCountAndFollowTheReadersScope() {
        Long caseId = openCase("karim");
        Instant now = clock.instant();
        as("karim", () -> conversations.log(caseId, new NewConversation(ConversationChannel.VIDEO,
                ConversationDirection.OUTGOING, now, 40, null, null)));
        LocalDate today = now.atZone(HelplineZone.ZONE).toLocalDate();

        for (String reader : List.of("karim", "sofie", "admin")) {
            var lines = as(reader, () -> figures.contacts(ContactFigures.Period.MONTH, today.withDayOfMonth(1), today));
            String scope = switch (reader) {
                case "karim" -> "and counsellor_id = (select id from app_user where username = 'karim')";
                case "sofie" -> "and team_id = (select team_id from app_user where username = 'sofie')";
                default -> "";
            };
            var expected = jdbc.queryForList("""
                    select channel, count(*) as n, coalesce(sum(duration_minutes), 0) as m from conversation
                    where started_at >= ? and started_at < ? %s group by channel""".formatted(scope),
                    java.sql.Timestamp.from(today.withDayOfMonth(1).atStartOfDay(HelplineZone.ZONE).toInstant()),
                    java.sql.Timestamp.from(today.plusDays(1).atStartOfDay(HelplineZone.ZONE).toInstant()));
            for (var row : expected) {
                var channel = ConversationChannel.valueOf((String) row.get("channel"));
                assertThat(lines.stream().filter(l -> l.channel() == channel).mapToLong(ContactFigures.Line::contacts).sum())
                        .as("%s, %s", reader, channel).isEqualTo(((Number) row.get("n")).longValue());
                assertThat(lines.stream().filter(l -> l.channel() == channel).mapToLong(ContactFigures.Line::minutes).sum())
                        .as("%s, %s minutes", reader, channel).isEqualTo(((Number) row.get("m")).longValue());
            }
            assertThat(lines).anySatisfy(l -> assertThat(l.channel()).isEqualTo(ConversationChannel.VIDEO));
        }
        // The funders' file holds the same lines as the screen, and the download is an audited export.
        // Counted with the same detail before and after: other tests export other periods as sofie.
        String detailPrefix = "WEEK:" + today.minusDays(30) + ".." + today + ",lines:";
        long exportsBefore = jdbc.queryForObject("""
                select count(*) from audit_event where action = 'EXPORT' and object_type = 'CONTACT_REPORT'
                and actor = 'sofie' and detail like ?""", Long.class, detailPrefix + "%");
        var onScreen = as("sofie", () -> figures.contacts(ContactFigures.Period.WEEK, today.minusDays(30), today));
        var exported = as("sofie", () -> figures.exportContacts(ContactFigures.Period.WEEK, today.minusDays(30), today));
        assertThat(exported).isEqualTo(onScreen).isNotEmpty();
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'EXPORT' and object_type = 'CONTACT_REPORT'
                and actor = 'sofie' and detail = ?""", Long.class,
                detailPrefix + exported.size())).isEqualTo(exportsBefore + 1);
        assertThat(as("lotte", () -> figures.contacts(ContactFigures.Period.MONTH, today.withDayOfMonth(1), today)))
                .noneSatisfy(l -> assertThat(l.channel()).isEqualTo(ConversationChannel.VIDEO));
        assertThat(fieldOf(() -> as("karim", () -> figures.contacts(ContactFigures.Period.WEEK, today, today.minusDays(1)))))
                .isEqualTo("to");
    }

    private Long openCase(String username) {
        return as(username, () -> cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails("Gesprek", 17, null, 16,
                "nl", false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), null)));
    }

    private static String fieldOf(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e.field();
        }
        return null;
    }

    private <T> T as(String username, Supplier<T> action) {
        return new SignedIn(userDetails, securityContext).as(username, action);
    }
}
