package org.vangnet.followups;

import java.time.Instant;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface FollowUpRepository extends JpaRepository<FollowUp, Long> {

    boolean existsByRuleKey(String ruleKey);

    Slice<FollowUp> findByCaseId(Long caseId, Pageable pageable);

    long countByCaseIdAndStatus(Long caseId, FollowUpStatus status);

    java.util.List<FollowUp> findByCaseIdAndStatusOrderById(Long caseId, FollowUpStatus status);

    /** On (assignee_id, status, due_at). */
    @Query("select f from FollowUp f where f.assigneeId = :assigneeId and f.status = :status"
            + " and f.dueAt >= :from and f.dueAt < :to")
    Slice<FollowUp> findOfAssignee(Long assigneeId, FollowUpStatus status, Instant from, Instant to, Pageable pageable);

    @Query("select count(f) from FollowUp f where f.assigneeId = :assigneeId and f.status = :status"
            + " and f.dueAt >= :from and f.dueAt < :to")
    long countOfAssignee(Long assigneeId, FollowUpStatus status, Instant from, Instant to);

    /** On the partial index of open follow-ups per team. */
    @Query("select f from FollowUp f where f.teamId = :teamId and f.status = :status"
            + " and f.dueAt >= :from and f.dueAt < :to")
    Slice<FollowUp> findOfTeam(Long teamId, FollowUpStatus status, Instant from, Instant to, Pageable pageable);

    @Query("select count(f) from FollowUp f where f.teamId = :teamId and f.status = :status"
            + " and f.dueAt >= :from and f.dueAt < :to")
    long countOfTeam(Long teamId, FollowUpStatus status, Instant from, Instant to);
}
