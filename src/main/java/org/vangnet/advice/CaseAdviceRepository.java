package org.vangnet.advice;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface CaseAdviceRepository extends JpaRepository<CaseAdvice, Long> {

    List<CaseAdvice> findByCaseId(Long caseId);

    Optional<CaseAdvice> findByCaseIdAndStepId(Long caseId, Long stepId);
}
