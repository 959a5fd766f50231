package org.vangnet.cases;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ConsentRepository extends JpaRepository<Consent, Long> {

    /** The latest record per kind of action. */
    @Query(value = """
            select distinct on (action_kind) * from case_consent
            where case_id = :caseId
            order by action_kind, recorded_at desc, id desc""", nativeQuery = true)
    List<Consent> findLatestPerAction(Long caseId);
}
