package org.vangnet.sextortion;

import java.time.Instant;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ExtortionContactRepository extends JpaRepository<ExtortionContact, Long> {

    List<ExtortionContact> findByCaseIdOrderByOccurredAtDescIdDesc(Long caseId);

    /** The nearest deadline still ahead, or null; on the partial index of deadlines per case. */
    @Query("select min(c.deadline) from ExtortionContact c where c.caseId = :caseId and c.deadline > :now")
    Instant nearestDeadlineAfter(Long caseId, Instant now);
}
