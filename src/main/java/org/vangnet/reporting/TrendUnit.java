package org.vangnet.reporting;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/** The step of the case trends: the last 26 weeks (Monday to Sunday) or the last 12 months. */
public enum TrendUnit {

    WEEK("week", 26) {
        @Override
        LocalDate start(LocalDate day) {
            return day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusWeeks(1);
        }
    },
    MONTH("month", 12) {
        @Override
        LocalDate start(LocalDate day) {
            return day.withDayOfMonth(1);
        }

        @Override
        LocalDate next(LocalDate start) {
            return start.plusMonths(1);
        }
    };

    /** How a month is labelled in charts and tables ("nov 2026"), in the reader's language. */
    public static final String MONTH_PATTERN = "MMM yyyy";

    private final String key;
    private final int periods;

    TrendUnit(String key, int periods) {
        this.key = key;
        this.periods = periods;
    }

    /** The first day of the period that holds {@code day}. */
    abstract LocalDate start(LocalDate day);

    /** The first day of the period after the one starting on {@code start}. */
    abstract LocalDate next(LocalDate start);

    /** The first day of the window that ends with the period holding {@code today}. */
    LocalDate firstOfWindow(LocalDate today) {
        LocalDate first = start(today);
        for (int i = 1; i < periods; i++) {
            first = start(first.minusDays(1));
        }
        return first;
    }

    /**
     * "week" or "month": PostgreSQL's {@code date_trunc} field for this unit (ISO weeks start on
     * Monday), and the unit's name in the URL ({@code ?per=week}), translation keys and the audit trail.
     */
    public String key() {
        return key;
    }

    public int periods() {
        return periods;
    }
}
