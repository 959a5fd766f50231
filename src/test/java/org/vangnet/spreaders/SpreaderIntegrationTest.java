package org.vangnet.spreaders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
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
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.SignedIn;

/** Spreaders and forwarders against the real database: recorded, encrypted, on the timeline, version-checked, scoped. */
@SpringBootTest
class SpreaderIntegrationTest {

    @Autowired
    SpreaderService spreaders;
    @Autowired
    SpreaderPersonalData personalData;
    @Autowired
    CaseService cases;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;
    @Autowired
    Clock clock;

    @Test
    void aForwarderIsRecordedEncryptedOnTheTimelineAndHisDeletionRequestMovesOn() {
        Long caseId = openCase("lotte");
        Long id = as("lotte", () -> spreaders.record(caseId, new SpreaderDetails(SpreaderRole.FORWARDER, "Klasgenoot Jonas",
                "Snapchat", "jonas.snap", SpreaderRelation.CLASSMATE, DeletionRequest.NOT_ASKED, today(), AskedBy.CLIENT,
                false, "Stuurde het door in de klasgroep")));

        var recorded = as("lotte", () -> spreaders.list(caseId, PageRequest.of(0, 10)).getContent());
        assertThat(recorded).singleElement().satisfies(s -> {
            assertThat(s.id()).isEqualTo(id);
            assertThat(s.details().label()).isEqualTo("Klasgenoot Jonas");
            assertThat(s.details().handle()).isEqualTo("jonas.snap");
            // Not asked: no date nor anyone who asked, whatever the form still held.
            assertThat(s.details().askedOn()).isNull();
            assertThat(s.details().askedBy()).isNull();
        });
        assertThat(jdbc.queryForObject("select label || handle || notes from spreader where id = ?", String.class, id))
                .doesNotContain("Jonas", "jonas.snap", "klasgroep");

        as("lotte", () -> {
            spreaders.change(caseId, id, recorded.getFirst().version(), new SpreaderDetails(SpreaderRole.FORWARDER,
                    "Klasgenoot Jonas", "Snapchat", "jonas.snap", SpreaderRelation.CLASSMATE, DeletionRequest.DELETED,
                    today().minusDays(1), AskedBy.TRUSTED_PERSON, true, "Stuurde het door in de klasgroep"));
            return null;
        });
        var changed = as("lotte", () -> spreaders.list(caseId, PageRequest.of(0, 10)).getContent().getFirst());
        assertThat(changed.details().deletion()).isEqualTo(DeletionRequest.DELETED);
        assertThat(changed.details().askedOn()).isEqualTo(today().minusDays(1));
        assertThat(changed.details().inComplaint()).isTrue();

        assertThat(jdbc.queryForList("""
                select message_key || ' ' || replace(arguments, chr(31), '|') from case_timeline_entry
                where case_id = ? and entry_type = 'SPREADER' order by id""", String.class, caseId))
                .containsExactly("timeline.spreader.recorded t:spreader.role.FORWARDER|t:spreader.relation.CLASSMATE",
                        "timeline.spreader.deletion t:spreader.role.FORWARDER|t:spreader.deletion.DELETED");
        assertThat(jdbc.queryForList("""
                select action || ' ' || coalesce(detail, '-') from audit_event
                where case_id = ? and object_type = 'CASE_SPREADER' order by id""", String.class, caseId))
                .containsExactly("CREATE -", "UPDATE deletion:DELETED");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where case_id = ? and object_type = 'CASE_SPREADER_LIST'
                and action = 'READ' and actor = 'lotte'""", Long.class, caseId)).isEqualTo(2);

        // A form loaded before that change overwrites nothing.
        assertThatThrownBy(() -> as("lotte", () -> {
            spreaders.change(caseId, id, recorded.getFirst().version(), new SpreaderDetails(SpreaderRole.MAKER, "X",
                    null, null, SpreaderRelation.UNKNOWN, DeletionRequest.NOT_ASKED, null, null, false, null));
            return null;
        })).isInstanceOf(ConcurrentChangeException.class);
        assertThat(jdbc.queryForObject("select role from spreader where id = ?", String.class, id)).isEqualTo("FORWARDER");

        // Pseudonymised: who they were goes, the figures' facts stay.
        assertThat(personalData.pseudonymise(caseId)).containsEntry("sp", 1);
        assertThat(jdbc.queryForObject("""
                select (label is null and handle is null and notes is null) || ' ' || deletion || ' ' || relation
                from spreader where id = ?""", String.class, id)).isEqualTo("true DELETED CLASSMATE");
    }

    @Test
    void badInputIsRefusedAllAtOnceOnItsFieldsAndAnotherTeamCannotSeeOrRecord() {
        Long caseId = openCase("lotte");
        assertThatThrownBy(() -> as("lotte", () -> spreaders.record(caseId, new SpreaderDetails(null, " ", null, "",
                SpreaderRelation.UNKNOWN, DeletionRequest.ASKED, today().plusDays(2), null, false, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.all()).extracting(DomainException::field)
                        .containsExactlyInAnyOrder("role", "askedOn", "askedBy"));
        assertThatThrownBy(() -> as("lotte", () -> spreaders.record(caseId, new SpreaderDetails(SpreaderRole.SPREADER,
                " ", "Instagram", null, SpreaderRelation.EX_PARTNER, DeletionRequest.ASKED, null, AskedBy.CLIENT, false,
                "x".repeat(SpreaderDetails.MAX_NOTES + 1)))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.all()).extracting(DomainException::field)
                        .containsExactlyInAnyOrder("askedOn", "notes"));
        assertThatThrownBy(() -> as("lotte", () -> spreaders.record(caseId, new SpreaderDetails(SpreaderRole.SPREADER,
                null, "Instagram", null, SpreaderRelation.EX_PARTNER, DeletionRequest.NOT_ASKED, null, null, false, null))))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("label"));
        assertThatThrownBy(() -> as("ines", () -> spreaders.record(caseId, new SpreaderDetails(SpreaderRole.SPREADER,
                "Ex", null, null, SpreaderRelation.EX_PARTNER, DeletionRequest.NOT_ASKED, null, null, false, null))))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThatThrownBy(() -> as("ines", () -> spreaders.list(caseId, PageRequest.of(0, 10))))
                .isInstanceOf(CaseNotAccessibleException.class);
        assertThat(jdbc.queryForObject("select count(*) from spreader where case_id = ?", Long.class, caseId)).isZero();
    }

    private LocalDate today() {
        return clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
    }

    private Long openCase(String username) {
        return as(username, () -> cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Doorgestuurd", 16, null,
                16, "nl", false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null)));
    }

    private <T> T as(String username, Supplier<T> action) {
        return new SignedIn(userDetails, securityContext).as(username, action);
    }
}
