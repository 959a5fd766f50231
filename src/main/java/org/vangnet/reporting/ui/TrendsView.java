package org.vangnet.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.time.temporal.IsoFields;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.vangnet.base.ui.Chart;
import org.vangnet.base.ui.Chart.Series;
import org.vangnet.base.ui.ExportLinks;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.reporting.CaseTrends;
import org.vangnet.reporting.CaseTrends.Period;
import org.vangnet.reporting.ReportTables;
import org.vangnet.reporting.ReportingQueries;
import org.vangnet.reporting.TrendUnit;
import org.vangnet.security.Roles;
import org.vangnet.base.ui.Formats;

/**
 * New cases per week or month, by kind of harm and by channel, the share of minors and the median
 * duration: as charts, and below them the same figures as a table. Whose cases depends on the
 * reader (own, team, all teams). The step is in the URL ({@code ?per=week}).
 */
@Route("reporting/trends")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.ADMIN})
@Menu(title = "menu.reporting.trends", order = 43, icon = "vaadin:bar-chart")
class TrendsView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final List<String> HARMS = Arrays.stream(HarmKind.values()).map(Enum::name).toList();
    static final List<String> CHANNELS = Arrays.stream(IntakeChannel.values()).map(Enum::name).toList();

    private final ReportingQueries reporting;
    private final RadioButtonGroup<TrendUnit> unit = new RadioButtonGroup<>();
    private final Div content = new Div();
    private TrendUnit shown;

    TrendsView(ReportingQueries reporting, Clock clock, StepUpGuard stepUp) {
        this.reporting = reporting;
        addClassName("vn-list-view");
        unit.setLabel(getTranslation("reporting.per"));
        unit.setItems(TrendUnit.values());
        unit.setItemLabelGenerator(u -> getTranslation("reporting.per." + u.key()));
        unit.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(TrendsView.class,
                        QueryParameters.of("per", e.getValue().key())));
            }
        });
        var export = new ExportLinks(() -> ReportTables.trends(reporting.trends(shown, true), HARMS, CHANNELS,
                this::getTranslation), clock, stepUp::run);
        var bar = new HorizontalLayout(unit, export);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        content.setWidthFull();
        add(new Paragraph(ScopeText.of(reporting.scope(), this::getTranslation)), bar, content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String per = event.getLocation().getQueryParameters().getSingleParameter("per").orElse("month");
        shown = TrendUnit.WEEK.key().equals(per) ? TrendUnit.WEEK : TrendUnit.MONTH;
        unit.setValue(shown);
        show(reporting.trends(shown, false));
    }

    private void show(CaseTrends trends) {
        content.removeAll();
        var percent = Formats.percent(getLocale());
        var days = Formats.numbers(getLocale());
        days.setMaximumFractionDigits(1);
        Function<Period, String> label = label(trends.unit(), true);
        List<String> labels = trends.periods().stream().map(label(trends.unit(), false)).toList();
        List<Period> periods = trends.periods();

        var summary = new Paragraph(getTranslation("plural.reporting.trends.summary." + trends.unit().key(),
                trends.periods().size(), trends.newCases(),
                trends.minorShare() == null ? "–" : percent.format(trends.minorShare()),
                trends.medianDurationDays() == null ? "–" : days.format(trends.medianDurationDays()),
                trends.closedCases()));
        summary.setId("trends-summary");

        var perPeriod = new Chart(getTranslation("reporting.chart.new-cases." + trends.unit().key()),
                labels, List.of(
                        Series.bars(getTranslation("reporting.new-cases"), periods.stream().map(Period::newCases).toList()),
                        Series.shareLine(getTranslation("reporting.minor-share"),
                                periods.stream().map(Period::minorShare).toList())), false);
        var perHarm = new Chart(getTranslation("reporting.chart.per-harm"), labels,
                HARMS.stream().map(h -> Series.bars(getTranslation("case.harm." + h),
                        periods.stream().map(p -> p.byHarm().getOrDefault(h, 0L)).toList())).toList(), true);
        var perChannel = new Chart(getTranslation("reporting.chart.per-channel"), labels,
                CHANNELS.stream().map(c -> Series.bars(getTranslation("case.channel." + c),
                        periods.stream().map(p -> p.byChannel().getOrDefault(c, 0L)).toList())).toList(), true);
        var duration = new Chart(getTranslation("reporting.chart.duration"), labels, List.of(
                Series.bars(getTranslation("reporting.closed"), periods.stream().map(Period::closed).toList()),
                Series.line(getTranslation("reporting.median-days"),
                        periods.stream().map(Period::medianDurationDays).toList())), false);
        var charts = new Div(perPeriod, perHarm, perChannel, duration);
        charts.addClassName("vn-chart-row");

        var grid = new Grid<Period>();
        grid.addColumn(label::apply).setHeader(getTranslation("reporting." + trends.unit().key()))
                .setAutoWidth(true).setFrozen(true);
        grid.addColumn(Period::newCases).setHeader(getTranslation("reporting.new-cases")).setAutoWidth(true);
        grid.addColumn(p -> p.minorShare() == null ? "–" : percent.format(p.minorShare()))
                .setHeader(getTranslation("reporting.minor-share")).setAutoWidth(true);
        HARMS.forEach(h -> grid.addColumn(p -> p.byHarm().getOrDefault(h, 0L))
                .setHeader(getTranslation("case.harm." + h)).setAutoWidth(true));
        CHANNELS.forEach(c -> grid.addColumn(p -> p.byChannel().getOrDefault(c, 0L))
                .setHeader(getTranslation("case.channel." + c)).setAutoWidth(true));
        grid.addColumn(Period::closed).setHeader(getTranslation("reporting.closed")).setAutoWidth(true);
        grid.addColumn(p -> p.medianDurationDays() == null ? "–" : days.format(p.medianDurationDays()))
                .setHeader(getTranslation("reporting.median-days")).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(periods);
        grid.setId("trends-table");

        var tableHeading = new H3(getTranslation("reporting.chart.data"));
        var note = new Paragraph(getTranslation("reporting.trends.note"));
        note.addClassName("vn-muted");
        content.add(summary, charts, tableHeading, note, grid);
    }

    /**
     * "nov 2026" for a month; "wk 47" for a week (ISO week, from Monday), with its first day when
     * {@code full} ("wk 47 · 16/11/2026").
     */
    private Function<Period, String> label(TrendUnit unit, boolean full) {
        if (unit == TrendUnit.MONTH) {
            var month = DateTimeFormatter.ofPattern(TrendUnit.MONTH_PATTERN, getLocale());
            return p -> month.format(p.start());
        }
        return p -> {
            String week = getTranslation("reporting.week.short", p.start().get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            return full ? week + " · " + Formats.date(p.start(), getLocale()) : week;
        };
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reporting.trends");
    }
}
