package org.vangnet.followups.ui;

import org.vangnet.base.ui.GridText;
import static org.vangnet.base.ui.Formats.shortDateTime;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.shared.Registration;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.EnumMap;
import java.util.Map;
import org.vangnet.cases.ui.CaseNavigation;
import org.vangnet.followups.FollowUpService;
import org.vangnet.followups.FollowUpView;
import org.vangnet.followups.FollowUpWhen;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.Roles;
import org.vangnet.security.UserDirectory;

/**
 * The counsellor's work list: their open follow-ups that are overdue, due today or due this week,
 * each a click away from its case, to be marked done or rescheduled on the spot. Supervisors also
 * see their team's overdue follow-ups and hand them to someone else. The counts are on the tabs,
 * in a badge next to the title and in the page title; the list refreshes every minute while open.
 */
@Route("my-work")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
@Menu(title = "menu.my-work", order = 5, icon = "vaadin:tasks")
class MyWorkView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 60_000;

    private final FollowUpService followUps;
    private final UserDirectory directory;
    private final FollowUpReminders reminders;
    private final Clock clock;
    private final boolean supervisor;
    private final Long teamId;
    private final Grid<FollowUpView> grid = new Grid<>(FollowUpView.class, false);
    private final Map<FollowUpWhen, Tab> tabs = new EnumMap<>(FollowUpWhen.class);
    /** One count per tab, per refresh: tabs, badge and page title all read these. */
    private final Map<FollowUpWhen, Long> counts = new EnumMap<>(FollowUpWhen.class);
    private final Tabs tabBar = org.vangnet.base.ui.Aria.tablistWithoutFocusableScroller(new Tabs());
    private final Span badge = new Span();
    private final Grid.Column<FollowUpView> assigneeColumn;
    private FollowUpWhen when = FollowUpWhen.OVERDUE;
    private Registration pollRegistration;

    MyWorkView(FollowUpService followUps, UserDirectory directory, FollowUpReminders reminders,
               CurrentUser currentUser, Clock clock) {
        this.followUps = followUps;
        this.directory = directory;
        this.reminders = reminders;
        this.clock = clock;
        var user = currentUser.require();
        this.supervisor = user.hasPermission(Permissions.CASE_REASSIGN);
        this.teamId = user.teamId();
        setSizeFull();
        addClassName("vn-list-view");

        var title = new H2(getTranslation("my-work.title"));
        badge.addClassNames("vn-badge", "vn-badge-error");
        badge.getElement().setAttribute("aria-live", "polite");
        var header = new HorizontalLayout(title, badge);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        for (FollowUpWhen w : FollowUpWhen.values()) {
            if (w == FollowUpWhen.TEAM_OVERDUE && !supervisor) {
                continue;
            }
            var tab = new Tab();
            tabs.put(w, tab);
            tabBar.add(tab);
        }
        tabBar.addSelectedChangeListener(e -> tabs.forEach((w, tab) -> {
            if (tab == e.getSelectedTab() && w != when) {
                when = w;
                assigneeColumnVisibility();
                grid.getDataProvider().refreshAll();
            }
        }));

        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("followup.due-at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> getTranslation("followup.kind." + f.kind().name())).setHeader(getTranslation("followup.kind"))
                .setAutoWidth(true);
        grid.addComponentColumn(f -> CaseNavigation.link(f.caseId(), f.caseReference()))
                .setHeader(getTranslation("followup.case")).setAutoWidth(true).setFlexGrow(0);
        GridText.wrapping(grid.addColumn(FollowUpsPanel::noteOf).setHeader(getTranslation("followup.note"))
                .setFlexGrow(2), FollowUpsPanel::noteOf);
        assigneeColumn = grid.addColumn(FollowUpView::assigneeName).setHeader(getTranslation("followup.assignee"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("followup.actions"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItemsPageable(pageable -> followUps.myWork(when, pageable).getContent());
        grid.setEmptyStateText(getTranslation("my-work.empty"));
        grid.addItemDoubleClickListener(e -> openCase(e.getItem()));
        assigneeColumnVisibility();

        add(header, tabBar, grid);
        refreshCounts();
        openFirstGroupWithWork();
    }

    /** Landing on an empty "overdue" tab while today or this week has work would hide it. */
    private void openFirstGroupWithWork() {
        java.util.stream.Stream.of(FollowUpWhen.OVERDUE, FollowUpWhen.TODAY, FollowUpWhen.THIS_WEEK)
                .filter(w -> counts.getOrDefault(w, 0L) > 0).findFirst()
                .filter(w -> w != when)
                .ifPresent(w -> tabBar.setSelectedTab(tabs.get(w)));
    }

    private Component dueCell(FollowUpView item) {
        var cell = new Div(new Span(shortDateTime(item.dueAt(), getLocale())));
        cell.addClassName("vn-alias-cell");
        if (item.urgent()) {
            var urgent = new Span(getTranslation("followup.urgent"));
            urgent.addClassNames("vn-badge", "vn-badge-error");
            cell.add(urgent);
        }
        if (item.dueAt().isBefore(clock.instant())) {
            var overdue = new Span(getTranslation("followup.overdue"));
            overdue.addClassNames("vn-badge", "vn-badge-warning");
            cell.add(overdue);
        }
        return cell;
    }

    private Component actions(FollowUpView item) {
        Runnable done = this::refresh;
        var complete = new Button(getTranslation("followup.action.done"),
                click -> FollowUpDialogs.complete(this, followUps, item, done));
        complete.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        var reschedule = new Button(getTranslation("followup.action.reschedule"),
                click -> FollowUpDialogs.reschedule(this, followUps, item, done));
        reschedule.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var open = new Button(getTranslation("followup.action.open-case"), click -> openCase(item));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var bar = new HorizontalLayout(complete, reschedule);
        if (supervisor) {
            var reassign = new Button(getTranslation("followup.action.reassign"),
                    click -> FollowUpDialogs.reassign(this, followUps, directory, teamId, item, done));
            reassign.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(reassign);
        }
        bar.add(open);
        bar.setSpacing(false);
        bar.addClassName("vn-actions");
        return bar;
    }

    private void openCase(FollowUpView item) {
        CaseNavigation.toCase(item.caseId());
    }

    private void assigneeColumnVisibility() {
        assigneeColumn.setVisible(when == FollowUpWhen.TEAM_OVERDUE);
    }

    void refresh() {
        refreshCounts();
        grid.getDataProvider().refreshAll();
        getUI().ifPresent(ui -> ui.getPage().setTitle(getPageTitle()));
    }

    private void refreshCounts() {
        tabs.keySet().forEach(w -> counts.put(w, followUps.count(w)));
        tabs.forEach((w, tab) -> tab.setLabel(getTranslation("my-work.tab." + w.name(), counts.get(w))));
        long overdue = counts.get(FollowUpWhen.OVERDUE);
        badge.setText(getTranslation("my-work.badge", overdue));
        badge.setVisible(overdue > 0);
    }

    @Override
    public String getPageTitle() {
        long due = counts.getOrDefault(FollowUpWhen.OVERDUE, 0L) + counts.getOrDefault(FollowUpWhen.TODAY, 0L);
        return getTranslation("my-work.page-title", due);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        var ui = event.getUI();
        ui.setPollInterval(POLL_MILLIS);
        pollRegistration = ui.addPollListener(poll -> {
            reminders.check(ui);
            refresh();
        });
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (pollRegistration != null) {
            pollRegistration.remove();
            pollRegistration = null;
        }
        event.getUI().setPollInterval(-1);
        super.onDetach(event);
    }
}
