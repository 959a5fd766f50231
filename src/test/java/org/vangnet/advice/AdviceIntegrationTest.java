package org.vangnet.advice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.SignedIn;

/** The advice checklists against the real database: the steps for a case, marking them, the open item, editing. */
@SpringBootTest
class AdviceIntegrationTest {

    @Autowired
    AdviceService advice;
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
    void aSextortionCaseGetsTheLeafletsStepsAndEvidenceAdvisedButNotDoneIsAnOpenItemUntilDone() {
        Long caseId = as("lotte", () -> cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Advies", 15, null,
                15, "fr", false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), null)));
        var list = as("lotte", () -> advice.checklist(caseId));
        assertThat(list).extracting(i -> i.step().code()).containsExactly("SEXTORTION_TALK", "SEXTORTION_NO_PAY",
                "SEXTORTION_EVIDENCE_BLOCK", "SEXTORTION_SEARCH_SELF", "SEXTORTION_MONEY_BACK", "SEXTORTION_POLICE");
        var evidence = list.get(2);
        assertThat(evidence.step().text(Locale.FRENCH)).startsWith("Fais d’abord des captures d’écran");
        assertThat(evidence.state()).isNull();

        LocalDate today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        as("lotte", () -> advice.mark(caseId, evidence.step().id(), 0, AdviceState.ADVISED, today));
        assertThat(as("lotte", () -> queries.openItems(caseId))).contains("advice.open-item");
        assertThat(fieldOf(() -> as("lotte", () -> advice.mark(caseId, evidence.step().id(), 0, AdviceState.DONE,
                today.plusDays(2))))).isEqualTo("date");
        as("lotte", () -> advice.mark(caseId, evidence.step().id(), 0, AdviceState.DONE, today));
        assertThatThrownBy(() -> as("lotte", () -> advice.mark(caseId, evidence.step().id(), 0,
                AdviceState.NOT_APPLICABLE, today))).isInstanceOf(ConcurrentChangeException.class);
        var marked = as("lotte", () -> advice.checklist(caseId)).get(2);
        assertThat(marked.state()).isEqualTo(AdviceState.DONE);
        assertThat(marked.date()).isEqualTo(today);
        assertThat(as("lotte", () -> queries.openItems(caseId))).doesNotContain("advice.open-item");
        // The history keeps both marks, newest first, with who made them; the refused ones left nothing.
        var history = as("lotte", () -> advice.history(caseId, evidence.step().id(), PageRequest.of(0, 10)).getContent());
        assertThat(history).extracting(m -> m.state() + " " + m.date() + " " + m.markedBy())
                .containsExactly("DONE " + today + " lotte", "ADVISED " + today + " lotte");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where case_id = ? and object_type = 'CASE_ADVICE_HISTORY'
                and action = 'READ' and detail = ?""", Long.class, caseId, "step:" + evidence.step().id())).isOne();
        assertThatThrownBy(() -> as("ines", () -> advice.history(caseId, evidence.step().id(), PageRequest.of(0, 10))))
                .isInstanceOf(DomainException.class);
        assertThat(jdbc.queryForList("select message_key from case_timeline_entry where case_id = ?", String.class,
                caseId)).filteredOn("timeline.advice.marked"::equals).hasSize(2);
        assertThat(as("ines", () -> {
            try {
                advice.checklist(caseId);
                return "read";
            } catch (DomainException e) {
                return "refused";
            }
        })).isEqualTo("refused");
    }

    @Test
    void onlyAdministratorsEditTheTextsAndEveryLanguageIsRequired() {
        var step = as("admin", () -> advice.steps(PageRequest.of(0, 50)).getContent()).stream()
                .filter(s -> s.code().equals("LEAK_PRIVACY")).findFirst().orElseThrow();
        assertThat(fieldOf(() -> as("admin", () -> advice.update(new AdviceStepDetails(step.id(), step.version(),
                step.code(), step.harm(), step.audience(), step.sortOrder(), step.titleNl(), step.titleFr(),
                step.titleEn(), step.textNl(), " ", step.textEn(), step.openItem(), step.active()))))).isEqualTo("textFr");
        assertThatThrownBy(() -> as("lotte", () -> advice.update(step))).isInstanceOf(AccessDeniedException.class);
        as("admin", () -> advice.update(new AdviceStepDetails(step.id(), step.version(), step.code(), step.harm(),
                step.audience(), step.sortOrder(), step.titleNl(), step.titleFr(), step.titleEn(),
                step.textNl() + " ", step.textFr(), step.textEn(), step.openItem(), step.active())));
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'ADVICE_STEP' and object_id = ? and actor = 'admin'""",
                Long.class, String.valueOf(step.id()))).isOne();
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

    private void as(String username, Runnable action) {
        new SignedIn(userDetails, securityContext).as(username, action);
    }
}
