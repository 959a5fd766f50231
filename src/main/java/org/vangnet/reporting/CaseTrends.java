package org.vangnet.reporting;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * New cases per month over the last twelve months, by kind of harm and intake channel, the share of
 * minors, and the median duration in days of the cases closed in that window.
 */
public record CaseTrends(List<Month> months, Double medianDurationDays, long closedCases) {

    public record Month(YearMonth month, long newCases, long minors, Map<String, Long> byHarm,
            Map<String, Long> byChannel) {

        public Double minorShare() {
            return newCases == 0 ? null : (double) minors / newCases;
        }
    }

    public long newCases() {
        return months.stream().mapToLong(Month::newCases).sum();
    }

    public long minors() {
        return months.stream().mapToLong(Month::minors).sum();
    }
}
