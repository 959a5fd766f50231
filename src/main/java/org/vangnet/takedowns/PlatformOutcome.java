package org.vangnet.takedowns;

import java.util.Map;

/**
 * How one platform (and route) responded over a period: requests by status, how many were removed
 * of those it decided on, and the median and 90th-percentile hours from submission to removal.
 */
public record PlatformOutcome(Long platformId, String platformName, ReportRoute route, long requests,
                              Map<TakedownStatus, Long> byStatus, long decided, long removed, long refused,
                              long reappeared, Double medianHoursToRemoval, Double p90HoursToRemoval) {

    /** Removed out of decided (removed, restricted, refused), or {@code null} before any decision. */
    public Double removalRate() {
        return decided == 0 ? null : (double) removed / decided;
    }
}
