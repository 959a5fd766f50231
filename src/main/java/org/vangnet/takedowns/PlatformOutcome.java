package org.vangnet.takedowns;

import java.util.Map;

/**
 * How one platform (and route) responded over a period: requests by status, how many were removed
 * of those it decided on, how many were refused at some point (even if later appealed or escalated),
 * and the median and 90th-percentile hours from submission to removal.
 */
public record PlatformOutcome(Long platformId, String platformName, ReportRoute route, long requests,
                              Map<TakedownStatus, Long> byStatus, long decided, long removed, long refused,
                              long reappeared, Double medianHoursToRemoval, Double p90HoursToRemoval) {

    /** Requests still with the platform or the institute: submitted and not yet decided for good. */
    public long pending() {
        return java.util.stream.Stream.of(TakedownStatus.SUBMITTED, TakedownStatus.ACKNOWLEDGED,
                        TakedownStatus.INFO_REQUESTED, TakedownStatus.APPEALED, TakedownStatus.ESCALATED,
                        TakedownStatus.REAPPEARED)
                .mapToLong(status -> byStatus.getOrDefault(status, 0L)).sum();
    }

    /** Removed out of decided (removed, restricted, refused), or {@code null} before any decision. */
    public Double removalRate() {
        return decided == 0 ? null : (double) removed / decided;
    }
}
