package org.vangnet.reporting.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
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
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vangnet.cases.CaseStatus;
import org.vangnet.base.ui.Formats;
import org.vangnet.reporting.ReportCsv;
import org.vangnet.reporting.ReportingQueries;
import org.vangnet.reporting.WorkloadRow;
import org.vangnet.security.Roles;

/** The supervisor’s view of the team: who carries what, and what is overdue. */
@Route("reporting/workload")
@RolesAllowed(Roles.SUPERVISOR)
@Menu(title = "menu.reporting.workload", order = 42, icon = "vaadin:scale")
class WorkloadView extends VerticalLayout implements HasDynamicTitle {

    static final String OPEN_STATUSES = Stream.of(CaseStatus.NEW, CaseStatus.ACTIVE, CaseStatus.WAITING,
            CaseStatus.REOPENED).map(Enum::name).collect(Collectors.joining(","));

    WorkloadView(ReportingQueries reporting) {
        setSizeFull();
        addClassName("vn-list-view");
        var grid = new Grid<WorkloadRow>(WorkloadRow.class, false);
        grid.addComponentColumn(r -> new Anchor("cases?counsellor=" + r.counsellorId() + "&status=" + OPEN_STATUSES,
                        r.counsellorName()))
                .setHeader(getTranslation("reporting.counsellor")).setAutoWidth(true).setKey("counsellor");
        grid.addColumn(WorkloadRow::openUrgent).setHeader(getTranslation("case.priority.URGENT")).setKey("urgent");
        grid.addColumn(WorkloadRow::openHigh).setHeader(getTranslation("case.priority.HIGH")).setKey("high");
        grid.addColumn(WorkloadRow::openNormal).setHeader(getTranslation("case.priority.NORMAL")).setKey("normal");
        grid.addColumn(WorkloadRow::overdueFollowUps).setHeader(getTranslation("reporting.overdue")).setKey("overdue");
        grid.addColumn(r -> Formats.shortDateTime(r.oldestUntouched(), getLocale()))
                .setHeader(getTranslation("reporting.oldest")).setAutoWidth(true).setKey("oldest");
        grid.addColumn(WorkloadRow::openedThisMonth).setHeader(getTranslation("reporting.opened-month")).setKey("opened");
        grid.addColumn(WorkloadRow::closedThisMonth).setHeader(getTranslation("reporting.closed-month")).setKey("closed");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItems(reporting.workload(false));

        var export = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] csv = ReportCsv.workload(reporting.workload(true), this::getTranslation);
            return new DownloadResponse(new ByteArrayInputStream(csv), "workload.csv", "text/csv", csv.length);
        }), getTranslation("reporting.export-csv"));
        export.getElement().setAttribute("download", true);
        export.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        var note = new Paragraph(getTranslation("reporting.workload.note"));
        note.addClassName("vn-muted");
        add(note, export, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reporting.workload");
    }
}
