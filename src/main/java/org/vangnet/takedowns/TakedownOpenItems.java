package org.vangnet.takedowns;

import java.util.List;
import org.springframework.stereotype.Component;
import org.vangnet.cases.OpenCaseItems;

/** A case with a takedown still under way asks for confirmation before it is closed. */
@Component
class TakedownOpenItems implements OpenCaseItems {

    private final TakedownRequestRepository requests;

    TakedownOpenItems(TakedownRequestRepository requests) {
        this.requests = requests;
    }

    @Override
    public List<String> openItemKeys(Long caseId) {
        return requests.findByCaseIdOrderByCreatedAtDesc(caseId).stream()
                .filter(r -> r.getStatus().isOpen())
                .map(r -> "case.open-item.takedown")
                .toList();
    }
}
