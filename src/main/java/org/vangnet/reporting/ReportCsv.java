package org.vangnet.reporting;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** The CSV files of the reports; {@code text} turns a translation key into the user's language. */
public final class ReportCsv {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ISO_LOCAL_DATE.withZone(ReportingQueries.ZONE);

    private ReportCsv() {
    }

    public static byte[] workload(List<WorkloadRow> rows, Function<String, String> text) {
        var csv = new Csv().row(text.apply("reporting.counsellor"), text.apply("case.priority.URGENT"),
                text.apply("case.priority.HIGH"), text.apply("case.priority.NORMAL"),
                text.apply("reporting.overdue"), text.apply("reporting.oldest"),
                text.apply("reporting.opened-month"), text.apply("reporting.closed-month"));
        rows.forEach(r -> csv.row(r.counsellorName(), r.openUrgent(), r.openHigh(), r.openNormal(),
                r.overdueFollowUps(), r.oldestUntouched() == null ? "" : DATE.format(r.oldestUntouched()),
                r.openedThisMonth(), r.closedThisMonth()));
        return csv.bytes();
    }

    public static byte[] trends(CaseTrends trends, List<String> harms, List<String> channels,
            Function<String, String> text) {
        List<Object> header = new ArrayList<>(List.of(text.apply("reporting.month"), text.apply("reporting.new-cases"),
                text.apply("reporting.minors")));
        harms.forEach(h -> header.add(text.apply("case.harm." + h)));
        channels.forEach(c -> header.add(text.apply("case.channel." + c)));
        var csv = new Csv().row(header);
        for (var m : trends.months()) {
            List<Object> row = new ArrayList<>(List.of(m.month().toString(), m.newCases(), m.minors()));
            harms.forEach(h -> row.add(m.byHarm().getOrDefault(h, 0L)));
            channels.forEach(c -> row.add(m.byChannel().getOrDefault(c, 0L)));
            csv.row(row);
        }
        csv.row(text.apply("reporting.median-days"), trends.medianDurationDays() == null ? ""
                : String.format(java.util.Locale.ROOT, "%.1f", trends.medianDurationDays()));
        return csv.bytes();
    }

    public static byte[] transparency(int year, List<TransparencyRow> rows, Function<String, String> text) {
        var csv = new Csv().row(text.apply("reporting.period"), year + "-01-01", year + "-12-31")
                .row(text.apply("takedown.platform"), text.apply("reporting.content-type"),
                        text.apply("reporting.action"), text.apply("reporting.notices"));
        rows.forEach(r -> csv.row(r.platform(), text.apply(harmKey(r.contentType())),
                text.apply("takedown.status." + r.action()), r.notices()));
        return csv.bytes();
    }

    public static String harmKey(String kind) {
        return "UNSPECIFIED".equals(kind) ? "reporting.harm.unspecified" : "case.harm." + kind;
    }
}
