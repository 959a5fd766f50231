package org.vangnet.reporting;

import java.time.Instant;

/** One counsellor's load: open cases by priority, overdue follow-ups, oldest untouched case, this month's flow. */
public record WorkloadRow(Long counsellorId, String counsellorName, long openUrgent, long openHigh, long openNormal,
        long overdueFollowUps, Instant oldestUntouched, long openedThisMonth, long closedThisMonth) {

    public long open() {
        return openUrgent + openHigh + openNormal;
    }
}
