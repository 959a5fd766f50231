package org.vangnet.cases;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/** This module's own open items: referrals without an answer, a wanted complaint not yet filed. */
@Component
class CaseOpenItems implements OpenCaseItems {

    private final ReferralRepository referrals;
    private final PoliceComplaintRepository complaints;

    CaseOpenItems(ReferralRepository referrals, PoliceComplaintRepository complaints) {
        this.referrals = referrals;
        this.complaints = complaints;
    }

    @Override
    public List<String> openItemKeys(Long caseId) {
        List<String> keys = new ArrayList<>();
        referrals.findByCaseIdOrderByIdAsc(caseId).stream().map(Referral::toView).filter(ReferralView::isOpen)
                .forEach(r -> keys.add("case.open-item.referral"));
        complaints.findById(caseId).filter(PoliceComplaint::isOpen)
                .ifPresent(c -> keys.add("case.open-item.complaint"));
        return keys;
    }
}
