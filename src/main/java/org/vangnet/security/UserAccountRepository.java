package org.vangnet.security;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    String MATCHING = """
            :filter = '' or u.username like concat('%', :filter, '%')
                or lower(u.displayName) like concat('%', :filter, '%')""";

    Optional<UserAccount> findByUsername(String username);

    java.util.List<UserAccount> findByUsernameIn(java.util.Collection<String> usernames);

    // A nested class is named by its binary name ($) in a constructor expression: Hibernate does not resolve "Outer.Inner".
    @Query("""
            select new org.vangnet.security.UserDirectory$Colleague(u.id, u.displayName, u.role)
            from UserAccount u
            where u.teamId = :teamId and u.enabled = true
                and u.role in (org.vangnet.security.Role.COUNSELLOR, org.vangnet.security.Role.SUPERVISOR)
                and (:filter = '' or lower(u.displayName) like concat('%', :filter, '%'))
            """)
    Slice<UserDirectory.Colleague> findTeamMembers(Long teamId, String filter, Pageable pageable);

    boolean existsByUsername(String username);

    long countByRoleAndEnabledTrueAndIdNot(Role role, Long id);

    @Query("""
            select new org.vangnet.security.UserSummary(u.id, u.version, u.username, u.displayName, u.role,
                u.teamId, t.name, u.enabled, u.lastLoginAt)
            from UserAccount u left join Team t on t.id = u.teamId
            where""" + MATCHING)
    Slice<UserSummary> findSummaries(String filter, Pageable pageable);

    /** A bulk update on purpose: signing in must not bump the version an administrator may be editing. */
    @Modifying
    @Query("update UserAccount u set u.lastLoginAt = :at where u.id = :id")
    void recordLogin(Long id, java.time.Instant at);

    @Query("select count(u) from UserAccount u where " + MATCHING)
    long countMatching(String filter);
}
