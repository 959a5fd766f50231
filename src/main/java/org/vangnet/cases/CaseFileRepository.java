package org.vangnet.cases;

import java.time.Instant;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface CaseFileRepository extends JpaRepository<CaseFile, Long> {

    /**
     * Marks activity without bumping the version: a note on the timeline must not make a colleague's
     * edit of the client details fail as a conflict. A pseudonymised case is left alone: the
     * returned count is then 0, and the timeline refuses the entry.
     */
    @Modifying
    @Query("update CaseFile c set c.lastActivityAt = :at where c.id = :id and c.pseudonymisedAt is null")
    int touch(Long id, Instant at);
}
