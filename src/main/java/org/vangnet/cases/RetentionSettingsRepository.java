package org.vangnet.cases;

import org.springframework.data.jpa.repository.JpaRepository;

interface RetentionSettingsRepository extends JpaRepository<RetentionSettings, Long> {

    /** The one row, created by migration V008. */
    default RetentionSettings current() {
        return findById(1L).orElseThrow(() -> new IllegalStateException("retention_setting has no row"));
    }
}
