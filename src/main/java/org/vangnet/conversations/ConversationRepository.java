package org.vangnet.conversations;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConversationRepository extends JpaRepository<Conversation, Long> {

    Slice<Conversation> findByCaseIdOrderByStartedAtDescIdDesc(Long caseId, Pageable pageable);

    @Query("select max(c.startedAt) from Conversation c where c.caseId = :caseId")
    Instant lastStartedAt(Long caseId);

    boolean existsByCaseIdAndIntakeTrue(Long caseId);

    List<Conversation> findByCaseId(Long caseId);
}
