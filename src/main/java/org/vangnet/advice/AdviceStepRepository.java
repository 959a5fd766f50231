package org.vangnet.advice;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdviceStepRepository extends JpaRepository<AdviceStep, Long> {

    /** The catalogue is a few dozen steps: a case's checklist filters them in memory. */
    List<AdviceStep> findAllByOrderBySortOrderAscIdAsc();

    Slice<AdviceStep> findBy(Pageable pageable);
}
