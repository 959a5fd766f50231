package org.vangnet.advice;

import static org.vangnet.cases.CaseEvents.t;

import java.util.List;
import org.vangnet.cases.CaseActivity;

/** Events of this module; each lands on the case's timeline with the step's code and its state. */
public final class AdviceEvents {

    private AdviceEvents() {
    }

    public record AdviceMarked(Long caseId, Long stepId, String stepCode, AdviceState state) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line("ADVICE", "timeline.advice.marked", List.of(stepCode, t("advice.state.", state)));
        }

        @Override
        public Audit audit() {
            return Audit.updated(AdviceService.AUDIT_TYPE, caseId, "step:" + stepId + ",state:" + state);
        }
    }
}
