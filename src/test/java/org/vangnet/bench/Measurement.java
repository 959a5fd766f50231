package org.vangnet.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * One operation timed: unmeasured warm-up runs, then as many measured runs as fit in a time box
 * (at least {@code minRuns}), in milliseconds, with the median and the 95th and 99th percentiles.
 */
record Measurement(String operation, String user, Budget budget, List<Double> millis) {

    static Measurement of(String operation, String user, Budget budget, int warmUp, int minRuns, int maxRuns,
                          double boxMillis, Supplier<?> work) {
        double warmUpTotal = 0;
        for (int i = 0; i < warmUp; i++) {
            long start = System.nanoTime();
            work.get();
            warmUpTotal += (System.nanoTime() - start) / 1e6;
        }
        double perRun = Math.max(0.01, warmUpTotal / Math.max(1, warmUp));
        int runs = (int) Math.max(minRuns, Math.min(maxRuns, boxMillis / perRun));
        List<Double> measured = new ArrayList<>(runs);
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            measured.add((System.nanoTime() - start) / 1e6);
        }
        Collections.sort(measured);
        return new Measurement(operation, user, budget, List.copyOf(measured));
    }

    double percentile(double p) {
        int index = (int) Math.ceil(p / 100.0 * millis.size()) - 1;
        return millis.get(Math.max(0, Math.min(millis.size() - 1, index)));
    }

    double median() {
        return percentile(50);
    }

    /** The figure the budget is about (p95, p99 or the median; a single figure as it is). */
    double figure() {
        return budget.percentile() < 0 ? millis.getFirst() : percentile(budget.percentile());
    }

    boolean within() {
        return figure() <= budget.millis();
    }

    /** A limit: the {@code percentile}th percentile at most {@code millis} (or another {@code unit}'s figure). */
    record Budget(double percentile, double millis, String unit) {

        static Budget p95(double millis) {
            return new Budget(95, millis, "ms");
        }

        static Budget p99(double millis) {
            return new Budget(99, millis, "ms");
        }

        /** For what is timed a few times only (a start of the jar): the median. */
        static Budget median(double millis) {
            return new Budget(50, millis, "ms");
        }

        /** A figure measured once, e.g. kilobytes per session. */
        static Budget atMost(double limit, String unit) {
            return new Budget(-1, limit, unit);
        }

        String label() {
            String limit = (millis == Math.rint(millis) ? Long.toString((long) millis) : Double.toString(millis)) + " " + unit;
            return (percentile < 0 ? "" : percentile == 50 ? "median " : "p" + (int) percentile + " ") + "≤ " + limit;
        }
    }
}
