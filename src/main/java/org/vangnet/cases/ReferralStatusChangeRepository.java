package org.vangnet.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface ReferralStatusChangeRepository extends JpaRepository<ReferralStatusChange, Long> {

    List<ReferralStatusChange> findByCaseIdOrderByIdAsc(Long caseId);
}
