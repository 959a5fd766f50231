package org.vangnet.reporting;

import java.time.Instant;

/**
 * One line of the workload: a counsellor (own and team level) or a team (all teams, for
 * administrators). Open cases by priority, overdue follow-ups, oldest untouched open case, and the
 * cases opened and closed this month.
 */
public record WorkloadRow(Long id, String name, long openUrgent, long openHigh, long openNormal,
        long overdueFollowUps, Instant oldestUntouched, long openedThisMonth, long closedThisMonth) {

    public long open() {
        return openUrgent + openHigh + openNormal;
    }

    WorkloadRow named(String newName) {
        return new WorkloadRow(id, newName, openUrgent, openHigh, openNormal, overdueFollowUps, oldestUntouched,
                openedThisMonth, closedThisMonth);
    }
}
