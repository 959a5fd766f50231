package org.vangnet.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.vangnet.base.export.Table;
import org.vangnet.base.time.HelplineZone;

/**
 * The reports as exportable tables, headed in the reader's language ({@code text} turns a
 * translation key into it). Aggregates only: names of counsellors appear only in a team's own
 * workload, which its supervisor may see anyway.
 */
public final class ReportTables {

    private ReportTables() {
    }

    public static Table workload(Workload workload, Function<String, String> text) {
        var table = Table.named(text.apply("reporting.file.workload"))
                .header(text.apply(workload.perTeam() ? "reporting.team" : "reporting.counsellor"),
                        text.apply("case.priority.URGENT"), text.apply("case.priority.HIGH"),
                        text.apply("case.priority.NORMAL"), text.apply("reporting.overdue"),
                        text.apply("reporting.oldest"), text.apply("reporting.opened-month"),
                        text.apply("reporting.closed-month"));
        workload.rows().forEach(r -> table.row(r.name(), r.openUrgent(), r.openHigh(), r.openNormal(),
                r.overdueFollowUps(), r.oldestUntouched() == null ? null
                        : LocalDate.ofInstant(r.oldestUntouched(), HelplineZone.ZONE),
                r.openedThisMonth(), r.closedThisMonth()));
        return table;
    }

    public static Table trends(CaseTrends trends, List<String> harms, List<String> channels,
            Function<String, String> text) {
        List<String> header = new ArrayList<>(List.of(text.apply("reporting." + trends.unit().key()),
                text.apply("reporting.new-cases"), text.apply("reporting.minors")));
        harms.forEach(h -> header.add(text.apply("case.harm." + h)));
        channels.forEach(c -> header.add(text.apply("case.channel." + c)));
        header.add(text.apply("reporting.closed"));
        header.add(text.apply("reporting.median-days"));
        var table = Table.named(text.apply("reporting.file.trends"));
        if (!trends.periods().isEmpty()) {
            table.line(text.apply("reporting.period"), trends.periods().getFirst().start(),
                    trends.unit() == TrendUnit.WEEK ? trends.periods().getLast().start().plusDays(6)
                            : trends.periods().getLast().start().plusMonths(1).minusDays(1));
        }
        table.header(header);
        for (var p : trends.periods()) {
            List<Object> row = new ArrayList<>(List.of(p.start(), p.newCases(), p.minors()));
            harms.forEach(h -> row.add(p.byHarm().getOrDefault(h, 0L)));
            channels.forEach(c -> row.add(p.byChannel().getOrDefault(c, 0L)));
            row.add(p.closed());
            row.add(p.medianDurationDays());
            table.row(row);
        }
        table.line(text.apply("reporting.median-days"), trends.medianDurationDays());
        return table;
    }

    public static Table transparency(int year, List<TransparencyRow> rows, Function<String, String> text) {
        var table = Table.named(text.apply("reporting.file.transparency") + "-" + year)
                .line(text.apply("reporting.period"), LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31))
                .header(text.apply("takedown.platform"), text.apply("reporting.content-type"),
                        text.apply("reporting.action"), text.apply("reporting.notices"));
        rows.forEach(r -> table.row(r.platform(), text.apply(harmKey(r.contentType())),
                text.apply("takedown.status." + r.action()), r.notices()));
        return table;
    }

    public static String harmKey(String kind) {
        return "UNSPECIFIED".equals(kind) ? "reporting.harm.unspecified" : "case.harm." + kind;
    }
}
