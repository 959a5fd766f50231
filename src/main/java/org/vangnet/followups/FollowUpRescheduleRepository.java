package org.vangnet.followups;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRescheduleRepository extends JpaRepository<FollowUpReschedule, Long> {

    /** Per follow-up id, how often it was rescheduled: one query per page. */
    @Query("select r.followUpId, count(r) from FollowUpReschedule r where r.followUpId in :ids group by r.followUpId")
    List<Object[]> countPerFollowUp(Collection<Long> ids);
}
