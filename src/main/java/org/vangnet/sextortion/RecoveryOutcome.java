package org.vangnet.sextortion;

/** Where a request to the bank or transfer service to get money back stands. */
public enum RecoveryOutcome {
    PENDING, REFUSED, PARTLY_RECOVERED, FULLY_RECOVERED;

    /** Whether money came back, so an amount recovered belongs to it. */
    public boolean recoveredMoney() {
        return this == PARTLY_RECOVERED || this == FULLY_RECOVERED;
    }
}
