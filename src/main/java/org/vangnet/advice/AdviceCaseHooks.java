package org.vangnet.advice;

import java.util.List;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.cases.CaseAuditObjects;
import org.vangnet.cases.OpenCaseItems;

/**
 * Before closing, advice that matters and was given but not yet followed (evidence captured before
 * reporting) is an open item; reads and marks of the checklist appear in the case's access log.
 */
@Component
class AdviceCaseHooks implements OpenCaseItems, CaseAuditObjects {

    private final AdviceService advice;

    AdviceCaseHooks(AdviceService advice) {
        this.advice = advice;
    }

    @Override
    public List<String> openItemKeys(Long caseId) {
        return advice.openStepCodes(caseId).stream().map(code -> "advice.open-item").toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Objects> auditObjectsOf(Long caseId) {
        return List.of(new Objects(AdviceService.AUDIT_TYPE, List.of(caseId)));
    }
}
