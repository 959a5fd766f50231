package org.vangnet.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface TeamRepository extends JpaRepository<Team, Long> {

    @Query("select t from Team t where lower(t.name) = lower(:name)")
    Optional<Team> findByNameIgnoreCase(String name);

    @Query("""
            select new org.vangnet.security.TeamSummary(t.id, t.version, t.name,
                (select count(u) from UserAccount u where u.teamId = t.id and u.enabled = true))
            from Team t
            where :filter = '' or lower(t.name) like concat('%', :filter, '%')
            """)
    Slice<TeamSummary> findSummaries(String filter, Pageable pageable);
}
