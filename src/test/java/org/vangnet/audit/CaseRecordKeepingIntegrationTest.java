package org.vangnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.advice.AdviceService;
import org.vangnet.advice.AdviceState;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ComplaintWish;
import org.vangnet.cases.EvidenceKind;
import org.vangnet.cases.EvidenceService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.cases.NewEvidence;
import org.vangnet.cases.NoteService;
import org.vangnet.cases.Partner;
import org.vangnet.cases.PoliceComplaintService;
import org.vangnet.cases.PoliceComplaintView;
import org.vangnet.cases.ReferralService;
import org.vangnet.cases.ReferralStatus;
import org.vangnet.conversations.ConversationChannel;
import org.vangnet.conversations.ConversationDirection;
import org.vangnet.conversations.ConversationService;
import org.vangnet.conversations.NewConversation;
import org.vangnet.followups.FollowUpKind;
import org.vangnet.followups.FollowUpService;
import org.vangnet.followups.NewFollowUp;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.spreaders.AskedBy;
import org.vangnet.spreaders.DeletionRequest;
import org.vangnet.spreaders.SpreaderDetails;
import org.vangnet.spreaders.SpreaderRelation;
import org.vangnet.spreaders.SpreaderRole;
import org.vangnet.spreaders.SpreaderService;
import org.vangnet.testsupport.SignedIn;

/**
 * One record-keeping path (issue 12): whatever module changes a case, the change leaves exactly one
 * line on the case's timeline and one row in the audit trail naming the case, in the same
 * transaction. A change that forgets either, or writes its audit row by hand next to the record
 * keeper's, makes the two counts differ.
 */
@SpringBootTest
class CaseRecordKeepingIntegrationTest {

    @Autowired
    CaseService cases;
    @Autowired
    NoteService notes;
    @Autowired
    EvidenceService evidence;
    @Autowired
    PoliceComplaintService police;
    @Autowired
    ReferralService referrals;
    @Autowired
    ConversationService conversations;
    @Autowired
    AdviceService advice;
    @Autowired
    ExtorterService extorters;
    @Autowired
    FollowUpService followUps;
    @Autowired
    SpreaderService spreaders;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void everyChangeOfEveryModuleIsOneTimelineLineAndOneAuditRowOfTheCase() {
        Long caseId = as("lotte", () -> cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Eén spoor", 24,
                null, 23, null, false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), null)));
        as("lotte", () -> {
            long version = version(caseId);
            cases.edit(caseId, version, new ClientDetails("Eén spoor", 24, null, 23, null, false, false, false,
                    List.of()), Set.of(HarmKind.SEXTORTION, HarmKind.LEAKED_IMAGES), null);
            cases.shareWith(caseId, userId("karim"));
            notes.addNote(caseId, "Cliënt belde terug.");
            evidence.log(caseId, new NewEvidence(EvidenceKind.CHAT_SCREENSHOT, "Instagram", null, "Chat met dreiging",
                    clock.instant().minus(1, ChronoUnit.HOURS)));
            police.save(caseId, new PoliceComplaintView(PoliceComplaintView.NONE.version(), ComplaintWish.UNDECIDED,
                    null, null, null, null, null));
            Long referral = referrals.refer(caseId, Partner.CHILD_FOCUS, null, ReferralStatus.MADE, today());
            referrals.changeStatus(caseId, referral, 0, ReferralStatus.ACCEPTED, today());
            Long call = conversations.log(caseId, new NewConversation(ConversationChannel.PHONE,
                    ConversationDirection.OUTGOING, clock.instant(), 10, "nl", null));
            conversations.correct(caseId, call, jdbc.queryForObject("select version from conversation where id = ?",
                    Long.class, call), new NewConversation(ConversationChannel.VIDEO, ConversationDirection.OUTGOING,
                    clock.instant(), 15, "nl", null));
            Long spreader = spreaders.record(caseId, new SpreaderDetails(SpreaderRole.SPREADER, "Ex", null, null,
                    SpreaderRelation.EX_PARTNER, DeletionRequest.NOT_ASKED, null, null, false, null));
            spreaders.change(caseId, spreader, 0, new SpreaderDetails(SpreaderRole.SPREADER, "Ex", null, null,
                    SpreaderRelation.EX_PARTNER, DeletionRequest.ASKED, today(), AskedBy.HELPLINE, true, null));
            var step = advice.checklist(caseId).getFirst();
            advice.mark(caseId, step.step().id(), step.version(), AdviceState.ADVISED, today());
            Long extorter = extorters.add(caseId, null, null);
            extorters.describe(caseId, extorter, jdbc.queryForObject("select version from extorter where id = ?",
                    Long.class, extorter), "Onbekend profiel", null);
            followUps.schedule(caseId, new NewFollowUp(FollowUpKind.CALL_BACK, clock.instant().plus(1, ChronoUnit.DAYS),
                    null, null, null, null));
        });

        var changes = jdbc.queryForList("""
                select object_type || ' ' || action from audit_event
                where case_id = ? and action <> 'READ' order by id""", String.class, caseId);
        long lines = jdbc.queryForObject("select count(*) from case_timeline_entry where case_id = ?", Long.class, caseId);

        assertThat(changes).contains("CASE CREATE", "CASE UPDATE", "CASE_NOTE CREATE", "CASE_EVIDENCE CREATE",
                "CASE_POLICE UPDATE", "CASE_REFERRAL CREATE", "CASE_REFERRAL UPDATE", "CONVERSATION CREATE",
                "CONVERSATION UPDATE", "CASE_SPREADER CREATE", "CASE_SPREADER UPDATE",
                "CASE_ADVICE UPDATE", "EXTORTER CREATE", "EXTORTER UPDATE", "FOLLOW_UP CREATE");
        // The intake contact is recorded with the opening's line, not a line of its own.
        assertThat(changes).filteredOn(c -> c.startsWith("CONVERSATION ")).hasSize(3);
        assertThat(lines).isEqualTo(changes.size() - 1);
    }

    private long version(Long caseId) {
        return jdbc.queryForObject("select version from case_file where id = ?", Long.class, caseId);
    }

    private Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    private LocalDate today() {
        return LocalDate.now(clock);
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
