package org.vangnet.cases;

/**
 * How soon a case needs attention, derived from its risk flags, never chosen by hand: a self-harm
 * concern or a running extortion deadline is urgent; a minor is high.
 */
public enum Priority {
    URGENT, HIGH, NORMAL;

    static Priority of(boolean selfHarm, boolean deadlineRunning, boolean minorInvolved) {
        if (selfHarm || deadlineRunning) {
            return URGENT;
        }
        return minorInvolved ? HIGH : NORMAL;
    }

    /** Stored as its rank, so the database can sort and index it: 0 is the most urgent. */
    public int rank() {
        return ordinal();
    }

    public static Priority ofRank(int rank) {
        return values()[rank];
    }
}
