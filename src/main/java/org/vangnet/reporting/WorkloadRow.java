package org.vangnet.reporting;

import java.time.Instant;

/**
 * One line of the workload: a counsellor (own and team level) or a team (all teams, for
 * administrators). Open cases by priority, overdue follow-ups, oldest untouched open case, and the
 * cases opened and closed this month. {@code oldestCaseId} is the case untouched longest, for a
 * counsellor's line only (a team's line names no case).
 */
public record WorkloadRow(Long id, String name, long openUrgent, long openHigh, long openNormal,
        long overdueFollowUps, Instant oldestUntouched, Long oldestCaseId, long openedThisMonth,
        long closedThisMonth) {

    public long open() {
        return openUrgent + openHigh + openNormal;
    }

    WorkloadRow with(String newName, Long oldestCase) {
        return new WorkloadRow(id, newName, openUrgent, openHigh, openNormal, overdueFollowUps, oldestUntouched,
                oldestCase, openedThisMonth, closedThisMonth);
    }
}
