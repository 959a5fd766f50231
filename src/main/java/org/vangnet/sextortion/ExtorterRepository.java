package org.vangnet.sextortion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.vangnet.base.domain.DomainException;

interface ExtorterRepository extends JpaRepository<Extorter, Long> {

    List<Extorter> findByCaseIdOrderByIdAsc(Long caseId);

    /** The extorter, if it belongs to the case; otherwise "not found", as for an id that does not exist. */
    default Extorter requireInCase(Long caseId, Long extorterId) {
        return findById(extorterId).filter(e -> e.getCaseId().equals(caseId))
                .orElseThrow(() -> new DomainException("error.not-found"));
    }
}
