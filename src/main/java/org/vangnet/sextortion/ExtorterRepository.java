package org.vangnet.sextortion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ExtorterRepository extends JpaRepository<Extorter, Long> {

    List<Extorter> findByCaseIdOrderByIdAsc(Long caseId);
}
