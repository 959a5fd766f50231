package org.vangnet.reporting.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.ToLongFunction;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.vangnet.base.ui.ExportLinks;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.base.ui.Formats;
import org.vangnet.cases.CaseFilter;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.ui.CaseNavigation;
import org.vangnet.reporting.ReportTables;
import org.vangnet.reporting.ReportingQueries;
import org.vangnet.reporting.Workload;
import org.vangnet.reporting.WorkloadRow;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.Roles;

/**
 * Who carries what and what is overdue: a counsellor sees their own line, a supervisor one line
 * per member of the team (each name opens that person’s open cases, where cases can be reassigned),
 * an administrator one line per team, without names and without links into cases.
 */
@Route("reporting/workload")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR, Roles.ADMIN})
@Menu(title = "menu.reporting.workload", order = 42, icon = "vaadin:scale")
class WorkloadView extends VerticalLayout implements HasDynamicTitle {

    static final String OPEN_STATUSES = Stream.of(CaseStatus.NEW, CaseStatus.ACTIVE, CaseStatus.WAITING,
            CaseStatus.REOPENED).map(Enum::name).collect(Collectors.joining(","));

    WorkloadView(ReportingQueries reporting, CaseQueries cases, CurrentUser currentUser, Clock clock,
                 StepUpGuard stepUp) {
        setSizeFull();
        addClassName("vn-list-view");
        Workload workload = reporting.workload(false);
        var grid = new Grid<WorkloadRow>(WorkloadRow.class, false);
        if (workload.perTeam()) {
            grid.addColumn(WorkloadRow::name).setHeader(getTranslation("reporting.team")).setAutoWidth(true)
                    .setKey("name");
        } else {
            grid.addComponentColumn(r -> new Anchor("cases?counsellor=" + r.id() + "&status=" + OPEN_STATUSES, r.name()))
                    .setHeader(getTranslation("reporting.counsellor")).setAutoWidth(true).setKey("name");
        }
        grid.addColumn(WorkloadRow::openUrgent).setHeader(getTranslation("case.priority.URGENT")).setKey("urgent")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkloadRow::openHigh).setHeader(getTranslation("case.priority.HIGH")).setKey("high")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkloadRow::openNormal).setHeader(getTranslation("case.priority.NORMAL")).setKey("normal")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkloadRow::overdueFollowUps).setHeader(getTranslation("reporting.overdue")).setKey("overdue")
                .setAutoWidth(true).setFlexGrow(0);
        if (workload.perTeam()) {
            grid.addColumn(r -> Formats.shortDateTime(r.oldestUntouched(), getLocale()))
                    .setHeader(getTranslation("reporting.oldest")).setAutoWidth(true).setKey("oldest");
        } else {
            // The date opens the case that has waited longest, where the supervisor can act on it.
            grid.addComponentColumn(this::oldestCell).setHeader(getTranslation("reporting.oldest")).setAutoWidth(true)
                    .setKey("oldest");
        }
        grid.addColumn(WorkloadRow::openedThisMonth).setHeader(getTranslation("reporting.opened-month")).setKey("opened")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(WorkloadRow::closedThisMonth).setHeader(getTranslation("reporting.closed-month")).setKey("closed")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setEmptyStateText(getTranslation("reporting.workload.empty"));
        // One line per member or per team: the aggregate itself is the paging.
        grid.setItems(workload.rows());
        if (workload.rows().size() > 1) {
            addTotals(grid, workload.rows());
        }

        var export = new ExportLinks(() -> ReportTables.workload(reporting.workload(true), this::getTranslation),
                clock, stepUp::run);
        var note = new Paragraph(getTranslation("reporting.workload.note." + workload.scope().level()));
        note.addClassName("vn-muted");
        add(new Paragraph(ScopeText.of(workload.scope(), this::getTranslation)), note);
        if (currentUser.require().hasPermission(Permissions.CASE_APPROVE_CLOSING)) {
            long toApprove = cases.count(new CaseFilter(Set.of(), null, null, null, null, null, null, null, true));
            if (toApprove > 0) {
                var link = new Anchor("cases?closing=pending",
                        getTranslation("plural.reporting.closings-to-approve", toApprove));
                link.setId("closings-to-approve");
                add(link);
            }
        }
        add(export, grid);
    }

    private Component oldestCell(WorkloadRow row) {
        String when = Formats.shortDateTime(row.oldestUntouched(), getLocale());
        if (row.oldestCaseId() == null) {
            return new Span(when);
        }
        var link = CaseNavigation.link(row.oldestCaseId(), when);
        link.getElement().setAttribute("title", getTranslation("reporting.oldest.open"));
        return link;
    }

    /** A footer with the sum of each count over all lines. */
    private void addTotals(Grid<WorkloadRow> grid, List<WorkloadRow> rows) {
        var footer = grid.appendFooterRow();
        footer.getCell(grid.getColumnByKey("name")).setText(getTranslation("reporting.total"));
        Map<String, ToLongFunction<WorkloadRow>> counts = Map.of("urgent", WorkloadRow::openUrgent,
                "high", WorkloadRow::openHigh, "normal", WorkloadRow::openNormal,
                "overdue", WorkloadRow::overdueFollowUps, "opened", WorkloadRow::openedThisMonth,
                "closed", WorkloadRow::closedThisMonth);
        counts.forEach((key, count) -> footer.getCell(grid.getColumnByKey(key))
                .setText(Long.toString(rows.stream().mapToLong(count).sum())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.reporting.workload");
    }
}
