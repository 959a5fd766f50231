package org.vangnet.spreaders;

import static org.vangnet.cases.CaseEvents.t;

import java.util.List;
import org.vangnet.cases.CaseActivity;

/**
 * Events this module publishes; each lands on the case's timeline and in the audit trail in the same
 * transaction (CaseRecordKeeper). The lines say the role, the relation and the deletion request's
 * state, never who the person is.
 */
public final class SpreaderEvents {

    static final String TIMELINE_TYPE = "SPREADER";

    private SpreaderEvents() {
    }

    public record SpreaderRecorded(Long caseId, Long spreaderId, SpreaderRole role, SpreaderRelation relation)
            implements CaseActivity {
        @Override
        public Line timelineLine() {
            return new Line(TIMELINE_TYPE, "timeline.spreader.recorded",
                    List.of(t("spreader.role.", role), t("spreader.relation.", relation)));
        }

        @Override
        public Audit audit() {
            return Audit.created(SpreaderService.AUDIT_TYPE, spreaderId, null);
        }
    }

    /** What is known of a spreader changed; {@code deletionChanged} when the deletion request moved on. */
    public record SpreaderChanged(Long caseId, Long spreaderId, SpreaderRole role, DeletionRequest deletion,
                                  boolean deletionChanged) implements CaseActivity {
        @Override
        public Line timelineLine() {
            return deletionChanged
                    ? new Line(TIMELINE_TYPE, "timeline.spreader.deletion",
                            List.of(t("spreader.role.", role), t("spreader.deletion.", deletion)))
                    : new Line(TIMELINE_TYPE, "timeline.spreader.changed", List.of(t("spreader.role.", role)));
        }

        @Override
        public Audit audit() {
            return Audit.updated(SpreaderService.AUDIT_TYPE, spreaderId, deletionChanged ? "deletion:" + deletion : null);
        }
    }
}
