package org.vangnet.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.text.NumberFormat;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.reporting.CaseTrends;
import org.vangnet.reporting.ReportCsv;
import org.vangnet.reporting.ReportingQueries;
import org.vangnet.reporting.SvgBars.Bar;
import org.vangnet.security.Roles;

/** New cases per month over the last year, by kind of harm and by channel, as charts and as a table. */
@Route("reporting/trends")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "menu.reporting.trends", order = 43, icon = "vaadin:bar-chart")
class TrendsView extends VerticalLayout implements HasDynamicTitle {

    TrendsView(ReportingQueries reporting) {
        addClassName("vn-list-view");
        List<String> harms = Arrays.stream(HarmKind.values()).map(Enum::name).toList();
        List<String> channels = Arrays.stream(IntakeChannel.values()).map(Enum::name).toList();
        CaseTrends trends = reporting.trends(false);
        var percent = NumberFormat.getPercentInstance(getLocale());
        var days = NumberFormat.getNumberInstance(getLocale());
        days.setMaximumFractionDigits(1);
        var monthFormat = DateTimeFormatter.ofPattern(org.vangnet.reporting.SvgBars.MONTH_PATTERN, getLocale());

        var perMonth = trends.months().stream().map(m -> new Bar(monthFormat.format(m.month()), m.newCases(),
                Long.toString(m.newCases()))).toList();
        var perHarm = harms.stream().map(h -> {
            long n = trends.months().stream().mapToLong(m -> m.byHarm().getOrDefault(h, 0L)).sum();
            return new Bar(getTranslation("case.harm." + h), n, Long.toString(n));
        }).toList();
        var perChannel = channels.stream().map(c -> {
            long n = trends.months().stream().mapToLong(m -> m.byChannel().getOrDefault(c, 0L)).sum();
            return new Bar(getTranslation("case.channel." + c), n, Long.toString(n));
        }).toList();
        String data = getTranslation("reporting.chart.data");
        var charts = new Div(new SvgBarChart(getTranslation("reporting.chart.per-month"), data, perMonth),
                new SvgBarChart(getTranslation("reporting.chart.per-harm"), data, perHarm),
                new SvgBarChart(getTranslation("reporting.chart.per-channel"), data, perChannel));
        charts.addClassName("vn-chart-row");

        var summary = new Paragraph(getTranslation("reporting.trends.summary", trends.newCases(),
                trends.newCases() == 0 ? "–" : percent.format((double) trends.minors() / trends.newCases()),
                trends.medianDurationDays() == null ? "–" : days.format(trends.medianDurationDays()),
                trends.closedCases()));
        summary.setId("trends-summary");

        var grid = new Grid<CaseTrends.Month>();
        grid.addColumn(m -> monthFormat.format(m.month())).setHeader(getTranslation("reporting.month")).setAutoWidth(true);
        grid.addColumn(CaseTrends.Month::newCases).setHeader(getTranslation("reporting.new-cases"));
        grid.addColumn(m -> m.minorShare() == null ? "–" : percent.format(m.minorShare()))
                .setHeader(getTranslation("reporting.minors"));
        harms.forEach(h -> grid.addColumn(m -> m.byHarm().getOrDefault(h, 0L))
                .setHeader(getTranslation("case.harm." + h)));
        channels.forEach(c -> grid.addColumn(m -> m.byChannel().getOrDefault(c, 0L))
                .setHeader(getTranslation("case.channel." + c)));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(trends.months());

        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = ReportCsv.trends(reporting.trends(true), harms, channels, this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(csv), "trends.csv", "text/csv", csv.length);
        }), getTranslation("reporting.export-csv"));
        export.getElement().setAttribute("download", true);
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        add(summary, export, charts, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reporting.trends");
    }
}
