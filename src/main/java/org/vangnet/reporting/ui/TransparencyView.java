package org.vangnet.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
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
import java.util.stream.IntStream;
import org.vangnet.base.ui.ExportLinks;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.reporting.ReportTables;
import org.vangnet.reporting.ReportingQueries;
import org.vangnet.reporting.TransparencyRow;
import org.vangnet.security.Roles;

/** The yearly trusted-flagger report (DSA Art. 22): notices per platform, type of content and action taken. */
@Route("reporting/transparency")
@RolesAllowed({Roles.INSTITUTE_STAFF, Roles.ADMIN})
@Menu(title = "menu.reporting.transparency", order = 44, icon = "vaadin:file-text-o")
class TransparencyView extends VerticalLayout implements HasDynamicTitle {

    private final ReportingQueries reporting;
    private final Select<Integer> year = new Select<>();
    private final Grid<TransparencyRow> grid = new Grid<>(TransparencyRow.class, false);
    private final Paragraph total = new Paragraph();

    TransparencyView(ReportingQueries reporting, Clock clock, StepUpGuard stepUp) {
        this.reporting = reporting;
        setSizeFull();
        addClassName("vn-list-view");
        int current = reporting.currentYear();
        year.setLabel(getTranslation("reporting.year"));
        year.setItems(IntStream.rangeClosed(current - 5, current).boxed().sorted((a, b) -> b - a).toList());
        year.setValue(current);
        year.addValueChangeListener(e -> refresh());
        var export = new ExportLinks(() -> ReportTables.transparency(year.getValue(),
                reporting.transparency(year.getValue(), true), this::getTranslation), clock, stepUp::run);
        var bar = new HorizontalLayout(year, export);
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        grid.addColumn(TransparencyRow::platform).setHeader(getTranslation("takedown.platform")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation(ReportTables.harmKey(r.contentType())))
                .setHeader(getTranslation("reporting.content-type")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("takedown.status." + r.action()))
                .setHeader(getTranslation("reporting.action")).setAutoWidth(true);
        grid.addColumn(TransparencyRow::notices).setHeader(getTranslation("reporting.notices"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var note = new Paragraph(getTranslation("reporting.transparency.note"));
        note.addClassName("vn-muted");
        add(bar, note, total, grid);
        refresh();
    }

    private void refresh() {
        if (year.getValue() == null) {
            return;
        }
        grid.setItems(reporting.transparency(year.getValue(), false));
        total.setText(getTranslation("reporting.transparency.total", year.getValue(),
                reporting.noticesIn(year.getValue())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reporting.transparency");
    }
}
