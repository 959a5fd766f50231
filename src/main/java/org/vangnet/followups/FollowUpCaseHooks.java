package org.vangnet.followups;

import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;
import org.vangnet.cases.OpenCaseItems;

/** Before a case is closed: its open follow-ups, one item each. Called within the cases module's access check. */
@Component
class FollowUpCaseHooks implements OpenCaseItems {

    private final FollowUpRepository followUps;

    FollowUpCaseHooks(FollowUpRepository followUps) {
        this.followUps = followUps;
    }

    @Override
    public List<String> openItemKeys(Long caseId) {
        List<String> keys = new ArrayList<>();
        for (long i = followUps.countByCaseIdAndStatus(caseId, FollowUpStatus.OPEN); i > 0; i--) {
            keys.add("followup.open-item");
        }
        return keys;
    }
}
