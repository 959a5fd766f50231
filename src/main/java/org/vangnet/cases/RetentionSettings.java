package org.vangnet.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneId;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;

/**
 * How long a closed case keeps its personal data. One row, kept by administrators; the daily job
 * pseudonymises every case closed longer ago than this.
 */
@Entity
@Table(name = "retention_setting")
class RetentionSettings extends AbstractEntity {

    /** Below half a year a client who comes back after a quiet spell would find nothing. */
    static final int MIN_MONTHS = 6;
    /** Ten years: longer is no longer a limit (the limitation period of most offences is shorter). */
    static final int MAX_MONTHS = 120;
    static final int DEFAULT_MONTHS = 24;

    @Column(name = "closed_case_months", nullable = false)
    private int closedCaseMonths;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "updated_by", nullable = false, length = 50)
    private String updatedBy;

    protected RetentionSettings() {
    }

    /** Changes the period; refused, with a message for the field, outside the bounds. */
    void changeClosedCaseMonths(Integer months, String by, Instant now) {
        this.closedCaseMonths = checked(months);
        this.updatedBy = by;
        this.updatedAt = now;
    }

    static int checked(Integer months) {
        if (months == null || months < MIN_MONTHS || months > MAX_MONTHS) {
            throw DomainException.onField("months", "validation.retention.months", MIN_MONTHS, MAX_MONTHS);
        }
        return months;
    }

    /** Cases closed before this moment have outlived the period, counted in the helpline's calendar. */
    static Instant closedBefore(Instant now, int months, ZoneId zone) {
        return now.atZone(zone).minusMonths(months).toInstant();
    }

    int getClosedCaseMonths() {
        return closedCaseMonths;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }

    String getUpdatedBy() {
        return updatedBy;
    }
}
