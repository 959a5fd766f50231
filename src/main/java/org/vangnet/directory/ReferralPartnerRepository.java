package org.vangnet.directory;

import java.util.Optional;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

interface ReferralPartnerRepository extends JpaRepository<ReferralPartner, Long> {

    /** {@code filter} is lower-case already; the directory is a few dozen rows, so a scan is fine. */
    @Query("""
            select p from ReferralPartner p
            where (:includeInactive = true or p.active = true)
              and (:filter = '' or lower(p.name) like concat('%', :filter, '%'))""")
    Slice<ReferralPartner> find(String filter, boolean includeInactive, Pageable pageable);

    Optional<ReferralPartner> findByCode(String code);

    boolean existsByNameIgnoreCase(String name);

    boolean existsByNameIgnoreCaseAndIdNot(String name, Long id);
}
