package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_ERASE;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.vangnet.security.StepUp;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;

/**
 * Erasure on request (GDPR Art. 17): a supervisor of the case's team removes a closed case's
 * personal data now, before its retention period ends, with the same routine as the daily job.
 */
@Service
public class CaseErasureService {

    private final CaseFileRepository cases;
    private final CaseAccess access;
    private final CasePseudonymiser pseudonymiser;
    private final StepUp stepUp;

    CaseErasureService(CaseFileRepository cases, CaseAccess access, CasePseudonymiser pseudonymiser, StepUp stepUp) {
        this.stepUp = stepUp;
        this.cases = cases;
        this.access = access;
        this.pseudonymiser = pseudonymiser;
    }

    /**
     * Pseudonymises the case for {@code reason}, one of {@link PseudonymisationReason#onRequest()}.
     * Refused (and audited) outside the supervisor's team; refused for a case that is not closed,
     * already pseudonymised, or changed since it was loaded. Cannot be undone.
     */
    @PreAuthorize("hasAuthority('" + CASE_ERASE + "')")
    @Transactional
    public void erase(Long caseId, long expectedVersion, PseudonymisationReason reason) {
        access.requireAccess(caseId);
        stepUp.require();
        if (reason == null || !PseudonymisationReason.onRequest().contains(reason)) {
            throw DomainException.onField("reason", "validation.case.erase-reason");
        }
        var file = cases.findById(caseId).orElseThrow(CaseNotAccessibleException::new);
        ConcurrentChangeException.check(file, expectedVersion);
        pseudonymiser.pseudonymise(file, reason);
    }
}
