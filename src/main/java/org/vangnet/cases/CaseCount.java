package org.vangnet.cases;

/**
 * How many cases a list holds: counted exactly while that is cheap, otherwise PostgreSQL's
 * estimate, rounded to two digits, which the screen shows as an estimate ("about 110,000 cases"). When
 * that is no more than the cases already counted, the estimate is known to be low and the screen says
 * only what is certain: "more than 10,000 cases".
 *
 * @param value the number: exact, estimated, or the bound the list is known to exceed
 * @param kind  which of the three it is
 */
public record CaseCount(long value, Kind kind) {

    /** Up to this many cases the list is counted row by row (a few milliseconds on its indexes). */
    public static final int EXACT_UP_TO = 10_000;

    public enum Kind { EXACT, ESTIMATE, MORE_THAN }

    /** Whether the list was counted to its end. */
    public boolean exact() {
        return kind == Kind.EXACT;
    }

    /**
     * The figure from a count cut off after {@link #EXACT_UP_TO} + 1 cases and, when it was cut off,
     * PostgreSQL's estimate of the whole.
     */
    static CaseCount of(long counted, long plannerEstimate) {
        if (counted <= EXACT_UP_TO) {
            return new CaseCount(counted, Kind.EXACT);
        }
        long rounded = roundedToTwoDigits(plannerEstimate);
        if (rounded <= EXACT_UP_TO) {
            // No more than was counted: the planner guessed low (an own-or-shared list is often put a
            // little above its own half), and "about 10,000" would say less than is known.
            return new CaseCount(EXACT_UP_TO, Kind.MORE_THAN);
        }
        return new CaseCount(rounded, Kind.ESTIMATE);
    }

    static CaseCount exact(long value) {
        return new CaseCount(value, Kind.EXACT);
    }

    /** An estimate's last digits would pretend a precision it lacks. */
    private static long roundedToTwoDigits(long value) {
        long unit = 1;
        while (value / unit >= 100) {
            unit *= 10;
        }
        return Math.round((double) value / unit) * unit;
    }
}
