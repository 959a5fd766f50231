package org.vangnet.sextortion;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.vangnet.cases.CaseHeaderNote;
import org.vangnet.cases.CaseHeaderNotes;
import org.vangnet.cases.OpenCaseItems;

/**
 * What the case file shows of this module without knowing it: the nearest running deadline on the
 * header, and before closing, a deadline still running or money still being claimed back. Called by
 * the cases module within its own access check.
 */
@Component
class SextortionCaseHooks implements CaseHeaderNotes, OpenCaseItems {

    private final ExtortionContactRepository contacts;
    private final MoneyRecoveryRepository recoveries;
    private final Clock clock;

    SextortionCaseHooks(ExtortionContactRepository contacts, MoneyRecoveryRepository recoveries, Clock clock) {
        this.contacts = contacts;
        this.recoveries = recoveries;
        this.clock = clock;
    }

    @Override
    public List<CaseHeaderNote> headerNotes(Long caseId) {
        var deadline = contacts.nearestDeadlineAfter(caseId, clock.instant());
        return deadline == null ? List.of() : List.of(new CaseHeaderNote("sextortion.header.deadline", deadline, true));
    }

    @Override
    public List<String> openItemKeys(Long caseId) {
        List<String> keys = new ArrayList<>();
        if (contacts.nearestDeadlineAfter(caseId, clock.instant()) != null) {
            keys.add("sextortion.open-item.deadline");
        }
        for (long i = recoveries.countByCaseIdAndOutcome(caseId, RecoveryOutcome.PENDING); i > 0; i--) {
            keys.add("sextortion.open-item.recovery");
        }
        return keys;
    }
}
