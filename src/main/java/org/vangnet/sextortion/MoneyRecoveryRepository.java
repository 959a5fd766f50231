package org.vangnet.sextortion;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface MoneyRecoveryRepository extends JpaRepository<MoneyRecovery, Long> {

    List<MoneyRecovery> findByCaseIdOrderByReportedOnDescIdDesc(Long caseId);

    long countByCaseIdAndOutcome(Long caseId, RecoveryOutcome outcome);
}
