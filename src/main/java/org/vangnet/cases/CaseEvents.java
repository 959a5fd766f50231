package org.vangnet.cases;

import java.util.List;

/** Events the cases module publishes; they are recorded on the case's own timeline as well. */
public final class CaseEvents {

    private CaseEvents() {
    }

    public record CaseOpened(Long caseId, String reference, Long teamId, Long counsellorId) {
    }

    public record CaseStatusChanged(Long caseId, CaseStatus from, CaseStatus to) {
    }

    public record CaseAssigned(Long caseId, Long counsellorId) {
    }

    public record ConsentRecorded(Long caseId, ConsentAction action, boolean given) {
    }

    /** A timeline argument that the screen translates: {@code t("case.status.", status)}. */
    public static String t(String prefix, Enum<?> value) {
        return "t:" + prefix + value.name();
    }
}
