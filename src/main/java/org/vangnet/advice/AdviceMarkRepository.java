package org.vangnet.advice;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface AdviceMarkRepository extends JpaRepository<AdviceMark, Long> {

    Slice<AdviceMark> findByCaseIdAndStepIdOrderByMarkedAtDescIdDesc(Long caseId, Long stepId, Pageable pageable);
}
