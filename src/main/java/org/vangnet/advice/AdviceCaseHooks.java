package org.vangnet.advice;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vangnet.cases.OpenCaseItems;

/**
 * Before closing, advice that matters and was given but not yet followed (evidence captured before
 * reporting) is an open item.
 */
@Component
class AdviceCaseHooks implements OpenCaseItems {

    private final AdviceService advice;

    AdviceCaseHooks(AdviceService advice) {
        this.advice = advice;
    }

    @Override
    public List<String> openItemKeys(Long caseId) {
        return advice.openStepCodes(caseId).stream().map(code -> "advice.open-item").toList();
    }

}
