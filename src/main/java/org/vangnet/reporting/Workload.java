package org.vangnet.reporting;

import java.util.List;

/** The workload as the reader may see it: per counsellor for their own or their team's, per team for all. */
public record Workload(ReportScope scope, List<WorkloadRow> rows) {

    /** Whether the rows are teams (aggregates for administrators) rather than counsellors. */
    public boolean perTeam() {
        return scope.level() == ReportScope.Level.ALL;
    }
}
