package org.vangnet.takedowns;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TakedownTransitionRepository extends JpaRepository<TakedownTransition, Long> {

    @Query(value = "select * from takedown_transition where request_id = :requestId order by occurred_at, id",
            nativeQuery = true)
    List<TakedownTransition> history(Long requestId);
}
