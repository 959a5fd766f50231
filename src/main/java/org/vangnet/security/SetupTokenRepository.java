package org.vangnet.security;

import jakarta.persistence.LockModeType;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface SetupTokenRepository extends JpaRepository<SetupToken, Long> {

    /** Locks the row so that two people racing with the same token cannot both succeed. */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select t from SetupToken t where t.tokenHash = :hash and t.usedAt is null")
    Optional<SetupToken> findUnusedForUpdate(String hash);

    @Query("select count(t) > 0 from SetupToken t where t.usedAt is null")
    boolean existsUnused();

    @Modifying
    @Query("update SetupToken t set t.usedAt = :at where t.usedAt is null")
    int retireAll(java.time.Instant at);
}
