package org.vangnet.base.stats;

import java.util.Map;
import java.util.TreeMap;

/**
 * How many times each whole value occurred (hours to removal, days to closing), and its percentiles
 * with the interpolation of PostgreSQL's {@code percentile_cont}: the value at position p·(n−1) of the
 * sorted values, between its two neighbours. The reports keep such histograms in SQL (decision 032)
 * because a percentile over a year of rows cannot be summed from smaller figures.
 */
public final class Histogram {

    private final TreeMap<Integer, Long> counts = new TreeMap<>();
    private long total;

    /** How many values were counted. */
    public long total() {
        return total;
    }

    public Histogram add(int value, long times) {
        if (times < 0) {
            throw new IllegalArgumentException("A negative count: " + times);
        }
        if (times > 0) {
            counts.merge(value, times, Long::sum);
            total += times;
        }
        return this;
    }

    /** Everything counted in both. */
    public Histogram addAll(Histogram other) {
        other.counts.forEach(this::add);
        return this;
    }

    /** The p-th percentile (0 ≤ p ≤ 1), or {@code null} when nothing was counted. */
    public Double percentile(double p) {
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

    /** The value at a 0-based position of the sorted values. */
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
