package org.vangnet.testsupport;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;

/**
 * How long a piece of work takes, for the performance tests that print figures: a few unmeasured
 * warm-up runs, then the measured ones, in milliseconds, sorted.
 */
public record Timing(List<Double> millis) {

    public static Timing of(int warmUp, int runs, Supplier<?> work) {
        for (int i = 0; i < warmUp; i++) {
            work.get();
        }
        List<Double> measured = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            work.get();
            measured.add((System.nanoTime() - start) / 1_000_000.0);
        }
        Collections.sort(measured);
        return new Timing(List.copyOf(measured));
    }

    public double median() {
        return millis.get(millis.size() / 2);
    }

    public double min() {
        return millis.getFirst();
    }

    public double max() {
        return millis.getLast();
    }
}
