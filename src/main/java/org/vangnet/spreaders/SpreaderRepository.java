package org.vangnet.spreaders;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;

interface SpreaderRepository extends JpaRepository<Spreader, Long> {

    Slice<Spreader> findByCaseIdOrderById(Long caseId, Pageable pageable);
}
