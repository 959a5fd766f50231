package org.vangnet.followups;

import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    String OPEN = "org.vangnet.followups.FollowUpStatus.OPEN";

    boolean existsByRuleKey(String ruleKey);

    Slice<FollowUp> findByCaseId(Long caseId, Pageable pageable);

    long countByCaseIdAndStatus(Long caseId, FollowUpStatus status);

    java.util.List<FollowUp> findByCaseIdAndStatusOrderById(Long caseId, FollowUpStatus status);

    // "Open" is written into the query, not bound: the statement is prepared once per connection and
    // PostgreSQL's generic plan cannot prove a bound status equal to the partial index's 'OPEN'
    // (follow_up_team_open_idx), so after five runs a team's tab fell back to another index.

    /** On (assignee_id, status, due_at). */
    @Query("select f from FollowUp f where f.assigneeId = :assigneeId and f.status = " + OPEN
            + " and f.dueAt >= :from and f.dueAt < :to")
    Slice<FollowUp> findOpenOfAssignee(Long assigneeId, Instant from, Instant to, Pageable pageable);

    @Query("select count(f) from FollowUp f where f.assigneeId = :assigneeId and f.status = " + OPEN
            + " and f.dueAt >= :from and f.dueAt < :to")
    long countOpenOfAssignee(Long assigneeId, Instant from, Instant to);

    /** On the partial index of open follow-ups per team. */
    @Query("select f from FollowUp f where f.teamId = :teamId and f.status = " + OPEN
            + " and f.dueAt >= :from and f.dueAt < :to")
    Slice<FollowUp> findOpenOfTeam(Long teamId, Instant from, Instant to, Pageable pageable);

    @Query("select count(f) from FollowUp f where f.teamId = :teamId and f.status = " + OPEN
            + " and f.dueAt >= :from and f.dueAt < :to")
    long countOpenOfTeam(Long teamId, Instant from, Instant to);
}
