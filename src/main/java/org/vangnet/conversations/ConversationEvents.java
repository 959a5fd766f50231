package org.vangnet.conversations;

import static org.vangnet.cases.CaseEvents.t;

import java.util.List;
import org.vangnet.cases.CaseActivity;

/**
 * Events this module publishes; each lands on the case's timeline and in the audit trail in the same
 * transaction (CaseRecordKeeper). The
 * lines carry the channel, the direction and the duration, never the summary.
 */
public final class ConversationEvents {

    static final String TIMELINE_TYPE = "CONVERSATION";

    private ConversationEvents() {
    }

    public record ConversationLogged(Long caseId, Long conversationId, ConversationChannel channel,
                                     ConversationDirection direction, Integer durationMinutes) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return durationMinutes == null
                    ? new Line(TIMELINE_TYPE, "timeline.conversation.logged",
                            List.of(t("conversation.direction.", direction), t("conversation.channel.", channel)))
                    : new Line(TIMELINE_TYPE, "timeline.conversation.logged-minutes",
                            List.of(t("conversation.direction.", direction), t("conversation.channel.", channel),
                                    String.valueOf(durationMinutes)));
        }

        @Override
        public Audit audit() {
            return Audit.created(ConversationService.AUDIT_TYPE, conversationId, null);
        }
    }

    /** A logged contact was corrected; {@code changed} names the fields (codes, never their values). */
    public record ConversationCorrected(Long caseId, Long conversationId, ConversationChannel channel,
                                        List<String> changed) implements CaseActivity {

        public ConversationCorrected {
            changed = List.copyOf(changed);
        }

        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.conversation.corrected", List.of(t("conversation.channel.", channel)));
        }

        @Override
        public Audit audit() {
            return Audit.updated(ConversationService.AUDIT_TYPE, conversationId, "changed:" + String.join(",", changed));
        }
    }
}
