package org.vangnet.takedowns;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface PlatformRepository extends JpaRepository<Platform, Long> {

    @Query("""
            select p from Platform p
            where (:includeInactive = true or p.active = true)
              and (:filter = '' or lower(p.name) like concat('%', :filter, '%'))
            """)
    Slice<Platform> find(String filter, boolean includeInactive, Pageable pageable);

    java.util.Optional<Platform> findByCode(String code);
}
