package org.vangnet.takedowns;

import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TakedownRequestRepository extends JpaRepository<TakedownRequest, Long> {

    List<TakedownRequest> findByCaseIdOrderByCreatedAtDesc(Long caseId);

    /**
     * The institute's queue, one page of ids: escalated requests only, newest escalation first. Found on
     * {@code takedown_escalated_queue_idx} alone (V033), so a page far down does not read the rows before it.
     */
    @Query("select t.id from TakedownRequest t where t.escalatedAt is not null order by t.escalatedAt desc, t.id desc")
    Slice<Long> findEscalatedIds(Pageable pageable);
}
