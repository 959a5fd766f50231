package org.vangnet.takedowns;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface HashSubmissionRepository extends JpaRepository<HashSubmissions.Submission, Long> {

    List<HashSubmissions.Submission> findByCaseIdOrderBySubmittedOnDesc(Long caseId);
}
