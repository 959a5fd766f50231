package org.vangnet.reporting;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * New cases per week or month over the window, by kind of harm and intake channel, the share of
 * minors, and the median duration in days of the cases closed (per period and over the window).
 * A case with two kinds of harm counts once under each kind.
 */
public record CaseTrends(ReportScope scope, TrendUnit unit, List<Period> periods, Double medianDurationDays,
        long closedCases) {

    public record Period(LocalDate start, long newCases, long minors, Map<String, Long> byHarm,
            Map<String, Long> byChannel, long closed, Double medianDurationDays) {

        public Double minorShare() {
            return newCases == 0 ? null : (double) minors / newCases;
        }
    }

    public long newCases() {
        return periods.stream().mapToLong(Period::newCases).sum();
    }

    public long minors() {
        return periods.stream().mapToLong(Period::minors).sum();
    }

    public Double minorShare() {
        long total = newCases();
        return total == 0 ? null : (double) minors() / total;
    }
}
