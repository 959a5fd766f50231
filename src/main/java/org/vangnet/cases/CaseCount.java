package org.vangnet.cases;

/**
 * How many cases a list holds: counted exactly while that is cheap, otherwise PostgreSQL's
 * estimate, which the screen shows as an estimate ("about 110,000 cases").
 *
 * @param value the number, exact or estimated
 * @param exact whether it was counted
 */
public record CaseCount(long value, boolean exact) {

    /** Up to this many cases the list is counted row by row (a few milliseconds on its indexes). */
    public static final int EXACT_UP_TO = 10_000;

    static CaseCount exact(long value) {
        return new CaseCount(value, true);
    }

    /** An estimate, rounded to two significant digits: its last digits would pretend a precision it lacks. */
    static CaseCount estimate(long value) {
        long unit = 1;
        while (value / unit >= 100) {
            unit *= 10;
        }
        return new CaseCount(Math.max(EXACT_UP_TO + 1L, Math.round((double) value / unit) * unit), false);
    }
}
