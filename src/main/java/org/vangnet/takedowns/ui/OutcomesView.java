package org.vangnet.takedowns.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import java.util.stream.Stream;
import org.vangnet.base.export.Table;
import org.vangnet.base.ui.Chart;
import org.vangnet.base.ui.Chart.Series;
import org.vangnet.base.ui.ExportLinks;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.security.Roles;
import org.vangnet.takedowns.PlatformOutcome;
import org.vangnet.takedowns.TakedownOutcomes;
import org.vangnet.base.ui.Formats;

/**
 * How the platforms respond: per platform (and route), requests, removal rate, median and 90th
 * percentile of hours to removal, refusals and reappearances, over a chosen run of months (the
 * figures are kept per month: decision 032). Aggregates only.
 */
@Route("takedowns/outcomes")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.INSTITUTE_STAFF, Roles.ADMIN})
@Menu(title = "menu.outcomes", order = 40, icon = "vaadin:chart")
class OutcomesView extends VerticalLayout implements HasDynamicTitle {

    private final TakedownOutcomes outcomes;
    /** How far back the period can start: cases and their requests are kept for years. */
    static final int MONTHS_OFFERED = 60;

    private final Select<YearMonth> from = new Select<>();
    private final Select<YearMonth> to = new Select<>();
    private final Checkbox byRoute = new Checkbox();
    private final Grid<PlatformOutcome> grid = new Grid<>(PlatformOutcome.class, false);
    private final Div chart = new Div();

    OutcomesView(TakedownOutcomes outcomes, Clock clock, StepUpGuard stepUp) {
        this.outcomes = outcomes;
        setSizeFull();
        addClassName("vn-list-view");
        YearMonth current = outcomes.currentMonth();
        List<YearMonth> months = Stream.iterate(current, m -> m.minusMonths(1)).limit(MONTHS_OFFERED).toList();
        for (var month : List.of(from, to)) {
            month.setItems(months);
            month.setItemLabelGenerator(m -> Formats.month(m, getLocale()));
        }
        from.setLabel(getTranslation("outcomes.from"));
        from.setValue(current.minusMonths(2));
        to.setLabel(getTranslation("outcomes.to"));
        to.setValue(current);
        byRoute.setLabel(getTranslation("outcomes.by-route"));
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        byRoute.addValueChangeListener(e -> refresh());
        var export = new ExportLinks(this::exportTable, clock, stepUp::run);
        var filters = new HorizontalLayout(from, to, byRoute, export);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        var percent = Formats.percent(getLocale());
        var hours = Formats.numbers(getLocale());
        hours.setMaximumFractionDigits(1);
        grid.addColumn(PlatformOutcome::platformName).setHeader(getTranslation("takedown.platform")).setAutoWidth(true);
        grid.addColumn(o -> o.route() == null ? "" : getTranslation("takedown.route." + o.route().name()))
                .setHeader(getTranslation("takedown.route")).setAutoWidth(true).setKey("route");
        // Figures share the width and their long headers wrap ("Taux de retrait (sur les décisions)"),
        // instead of each header setting its column's width and the last ones scrolling out of sight.
        grid.addColumn(PlatformOutcome::requests).setHeader(getTranslation("outcomes.requests")).setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(PlatformOutcome::pending).setHeader(getTranslation("outcomes.pending")).setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(PlatformOutcome::removed).setHeader(getTranslation("outcomes.removed")).setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(PlatformOutcome::refused).setHeader(getTranslation("outcomes.refused")).setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(PlatformOutcome::reappeared).setHeader(getTranslation("outcomes.reappeared")).setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(o -> o.removalRate() == null ? "–" : percent.format(o.removalRate()))
                .setHeader(getTranslation("outcomes.removal-rate")).setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(o -> o.medianHoursToRemoval() == null ? "–" : hours.format(o.medianHoursToRemoval()))
                .setHeader(getTranslation("outcomes.median-hours")).setWidth("8.5rem").setFlexGrow(1);
        grid.addColumn(o -> o.p90HoursToRemoval() == null ? "–" : hours.format(o.p90HoursToRemoval()))
                .setHeader(getTranslation("outcomes.p90-hours")).setWidth("8.5rem").setFlexGrow(1);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("outcomes.empty"));
        var note = new Paragraph(getTranslation("outcomes.note"));
        note.addClassName("vn-muted");
        chart.setWidthFull();
        chart.addClassName("vn-chart-row");
        add(filters, note, chart, grid);
        refresh();
    }

    private void refresh() {
        if (from.getValue() == null || to.getValue() == null) {
            return;
        }
        boolean backwards = to.getValue().isBefore(from.getValue());
        to.setInvalid(backwards);
        to.setErrorMessage(backwards ? getTranslation("outcomes.to-before-from") : null);
        if (backwards) {
            grid.setItems(List.of());
            chart.removeAll();
            return;
        }
        grid.getColumnByKey("route").setVisible(byRoute.getValue());
        // A handful of rows, one per platform (and route): the aggregate itself is the paging.
        List<PlatformOutcome> rows = outcomes.perPlatform(from.getValue(), to.getValue(), byRoute.getValue());
        grid.setItems(rows);
        chart.removeAll();
        List<PlatformOutcome> decided = rows.stream().filter(o -> o.decided() > 0).toList();
        if (!decided.isEmpty()) {
            List<String> labels = decided.stream().map(this::label).toList();
            chart.add(new Chart(getTranslation("outcomes.chart.hours"), labels, List.of(
                    Series.bars(getTranslation("outcomes.median-hours"),
                            decided.stream().map(PlatformOutcome::medianHoursToRemoval).toList()),
                    Series.bars(getTranslation("outcomes.p90-hours"),
                            decided.stream().map(PlatformOutcome::p90HoursToRemoval).toList())), false));
            chart.add(new Chart(getTranslation("outcomes.chart.results"), labels, List.of(
                    Series.bars(getTranslation("outcomes.removed"), decided.stream().map(PlatformOutcome::removed).toList()),
                    Series.bars(getTranslation("outcomes.refused"), decided.stream().map(PlatformOutcome::refused).toList()),
                    Series.bars(getTranslation("outcomes.pending"), decided.stream().map(PlatformOutcome::pending).toList())),
                    true));
        }
    }

    private String label(PlatformOutcome o) {
        return o.route() == null ? o.platformName()
                : o.platformName() + " · " + getTranslation("takedown.route." + o.route().name());
    }

    /** The figures on screen as a file: platform, route, counts, rate and hours. */
    private Table exportTable() {
        var table = Table.named(getTranslation("outcomes.file"))
                .line(getTranslation("outcomes.from"), from.getValue().atDay(1), getTranslation("outcomes.to"),
                        to.getValue().atEndOfMonth())
                .header(getTranslation("takedown.platform"), getTranslation("takedown.route"),
                        getTranslation("outcomes.requests"), getTranslation("outcomes.pending"),
                        getTranslation("outcomes.removed"), getTranslation("outcomes.refused"),
                        getTranslation("outcomes.reappeared"), getTranslation("outcomes.removal-rate-percent"),
                        getTranslation("outcomes.median-hours"), getTranslation("outcomes.p90-hours"));
        outcomes.exportPerPlatform(from.getValue(), to.getValue(), byRoute.getValue()).forEach(o -> table.row(o.platformName(),
                o.route() == null ? null : getTranslation("takedown.route." + o.route().name()), o.requests(),
                o.pending(), o.removed(), o.refused(), o.reappeared(), percentOf(o.removalRate()), o.medianHoursToRemoval(),
                o.p90HoursToRemoval()));
        return table;
    }

    /** The file says what the screen says: a percentage (67.5), not a fraction (0.675) under the same heading. */
    private static Double percentOf(Number rate) {
        return rate == null ? null : Math.round(rate.doubleValue() * 1000) / 10.0;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.outcomes");
    }
}
