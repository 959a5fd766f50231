package org.vangnet.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface PoliceComplaintRepository extends JpaRepository<PoliceComplaint, Long> {
}
