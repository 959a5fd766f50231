package org.vangnet.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface TimelineEntryRepository extends JpaRepository<TimelineEntry, Long> {
}
