package org.vangnet.followups.ui;

import org.vangnet.base.ui.GridText;
import static org.vangnet.base.ui.Formats.shortDateTime;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Clock;
import org.vangnet.followups.FollowUpService;
import org.vangnet.followups.FollowUpView;
import org.vangnet.security.Permissions;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.VangnetUser;

/**
 * A case's follow-ups, open ones first: schedule one, and complete, reschedule, correct, dismiss
 * or (supervisors) reassign the open ones. Loads when first shown.
 */
class FollowUpsPanel extends VerticalLayout {

    private final Long caseId;
    private final Long teamId;
    private final FollowUpService followUps;
    private final UserDirectory directory;
    private final boolean supervisor;
    private final Clock clock;
    private final Runnable onChanged;
    private final Grid<FollowUpView> grid = new Grid<>(FollowUpView.class, false);
    private boolean loaded;
    private Button schedule;

    FollowUpsPanel(Long caseId, Long teamId, FollowUpService followUps, UserDirectory directory, VangnetUser user,
                   Clock clock, Runnable onChanged) {
        this.caseId = caseId;
        this.teamId = teamId;
        this.followUps = followUps;
        this.directory = directory;
        this.supervisor = user.hasPermission(Permissions.CASE_REASSIGN);
        this.clock = clock;
        this.onChanged = onChanged;
        setPadding(false);
        setWidthFull();

        schedule = new Button(getTranslation("followup.new"), VaadinIcon.PLUS.create(),
                click -> FollowUpDialogs.schedule(this, followUps, directory, caseId, supervisor ? teamId : null,
                        this::changed));
        schedule.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        schedule.setId("schedule-follow-up");

        grid.addComponentColumn(this::dueCell).setHeader(getTranslation("followup.due-at")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(f -> getTranslation("followup.kind." + f.kind().name())).setHeader(getTranslation("followup.kind"))
                .setAutoWidth(true);
        grid.addColumn(f -> getTranslation("followup.status." + f.status().name()))
                .setHeader(getTranslation("followup.status")).setAutoWidth(true);
        grid.addColumn(FollowUpView::assigneeName).setHeader(getTranslation("followup.assignee")).setAutoWidth(true);
        GridText.wrapping(grid.addColumn(this::noteText).setHeader(getTranslation("followup.note")).setFlexGrow(2),
                this::noteText);
        grid.addColumn(f -> f.isAutomatic() ? getTranslation("followup.source." + f.source())
                : getTranslation("followup.source.MANUAL")).setHeader(getTranslation("followup.source"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader(getTranslation("followup.actions")).setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setEmptyStateText(getTranslation("followup.empty"));
        add(schedule, grid);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        if (!loaded) {
            loaded = true;
            grid.setItemsPageable(pageable -> followUps.forCase(caseId, pageable).getContent());
        }
    }

    static String noteOf(FollowUpView item) {
        return item.note() == null ? "" : item.note();
    }

    private String noteText(FollowUpView item) {
        StringBuilder text = new StringBuilder(item.note() == null ? "" : item.note());
        if (item.outcomeNote() != null) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("followup.outcome-prefix", item.outcomeNote()));
        }
        if (item.dismissedWithCase()) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("followup.dismissed-with-case"));
        }
        if (item.reschedules() > 0) {
            text.append(text.isEmpty() ? "" : " · ").append(getTranslation("followup.rescheduled-times", item.reschedules()));
        }
        return text.toString();
    }

    private Component dueCell(FollowUpView item) {
        var cell = new Div(new Span(shortDateTime(item.dueAt(), getLocale())));
        cell.addClassName("vn-alias-cell");
        if (item.urgent() && item.isOpen()) {
            var urgent = new Span(getTranslation("followup.urgent"));
            urgent.addClassNames("vn-badge", "vn-badge-error");
            cell.add(urgent);
        }
        if (item.isOpen() && item.dueAt().isBefore(clock.instant())) {
            var overdue = new Span(getTranslation("followup.overdue"));
            overdue.addClassNames("vn-badge", "vn-badge-warning");
            cell.add(overdue);
        }
        return cell;
    }

    private Component actions(FollowUpView item) {
        var bar = new HorizontalLayout();
        bar.setSpacing(false);
        if (!item.isOpen()) {
            return bar;
        }
        Runnable done = this::changed;
        bar.add(small(new Button(getTranslation("followup.action.done"),
                click -> FollowUpDialogs.complete(this, followUps, item, done)), ButtonVariant.LUMO_PRIMARY));
        bar.add(small(new Button(getTranslation("followup.action.reschedule"),
                click -> FollowUpDialogs.reschedule(this, followUps, item, done)), ButtonVariant.LUMO_CONTRAST));
        bar.add(small(new Button(getTranslation("followup.action.edit"),
                click -> FollowUpDialogs.edit(this, followUps, item, done)), ButtonVariant.LUMO_TERTIARY));
        if (supervisor) {
            bar.add(small(new Button(getTranslation("followup.action.reassign"),
                    click -> FollowUpDialogs.reassign(this, followUps, directory, teamId, item, done)),
                    ButtonVariant.LUMO_TERTIARY));
        }
        bar.add(small(new Button(getTranslation("followup.action.dismiss"),
                click -> FollowUpDialogs.dismiss(this, followUps, item, done)), ButtonVariant.LUMO_TERTIARY));
        return bar;
    }

    private static Button small(Button button, ButtonVariant variant) {
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, variant);
        return button;
    }

    /** After a change made anywhere on the case file (closing the case dismisses follow-ups, a takedown adds one). */
    /** A closed case gets no new follow-ups: closing dismissed the open ones. */
    void allowScheduling(boolean allowed) {
        schedule.setVisible(allowed);
    }

    void refresh() {
        if (loaded) {
            grid.getDataProvider().refreshAll();
            grid.recalculateColumnWidths();
        }
    }

    private void changed() {
        onChanged.run();
    }
}
