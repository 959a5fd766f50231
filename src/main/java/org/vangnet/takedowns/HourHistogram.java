package org.vangnet.takedowns;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many removals took how many whole hours, and its percentiles with the interpolation of
 * PostgreSQL's {@code percentile_cont}: the value at position p·(n−1) of the sorted durations, between
 * its two neighbours. Exact when the durations are whole hours; otherwise at most half an hour off.
 */
final class HourHistogram {

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    HourHistogram add(int hours, long removals) {
        if (removals < 0) {
            throw new IllegalArgumentException("A negative count of removals: " + removals);
        }
        if (removals > 0) {
            counts.merge(hours, removals, Long::sum);
            total += removals;
        }
        return this;
    }

    /** The p-th percentile (0 ≤ p ≤ 1) in hours, or {@code null} when nothing was removed. */
    Double percentile(double p) {
        if (p < 0 || p > 1) {
            throw new IllegalArgumentException("Not a fraction: " + p);
        }
        if (total == 0) {
            return null;
        }
        double position = p * (total - 1);
        long below = (long) Math.floor(position);
        double lower = valueAt(below);
        double upper = valueAt(Math.min(below + 1, total - 1));
        return lower + (position - below) * (upper - lower);
    }

    /** The duration at a 0-based position of the sorted durations. */
    private double valueAt(long index) {
        long seen = 0;
        for (Map.Entry<Integer, Long> bucket : counts.entrySet()) {
            seen += bucket.getValue();
            if (index < seen) {
                return bucket.getKey();
            }
        }
        throw new IllegalStateException("Position " + index + " beyond " + total);
    }
}
