package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.shortDateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.base.ui.Formats;
import org.vangnet.cases.BulkReassignment;
import org.vangnet.cases.CaseCount;
import org.vangnet.cases.CaseFilter;
import org.vangnet.cases.CaseListItem;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.EmergencyAccessService;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.Priority;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.security.Roles;
import org.vangnet.security.UserDirectory;
import org.vangnet.base.ui.GridKeys;

/**
 * The case list: the cases the user may see, a page at a time, filtered and sorted. Every filter
 * lives in the URL, so back and forward work and a filtered list can be shared as a link.
 */
@Route("cases")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
@Menu(title = "menu.cases", order = 10, icon = "vaadin:folder-open")
class CasesView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String Q = "q";
    static final String STATUS = "status";
    static final String HARM = "harm";
    static final String PRIORITY = "priority";
    static final String COUNSELLOR = "counsellor";
    static final String TEAM = "team";
    static final String FROM = "from";
    static final String TO = "to";
    static final String CLOSING = "closing";
    static final String CLOSING_PENDING = "pending";
    /** Dates in the address outside these are ignored (decision 024): no case is that old or that far ahead. */
    static final LocalDate EARLIEST_DATE = LocalDate.of(1900, 1, 1);
    static final LocalDate LATEST_DATE = LocalDate.of(9999, 12, 30);

    private final CaseQueries queries;
    private final UserDirectory directory;
    private final Grid<CaseListItem> grid = new Grid<>(CaseListItem.class, false);
    private final TextField search = new TextField();
    private final Button filtersToggle = new Button();
    private final Span count = new Span();
    private final Long teamId;
    private final boolean approvesClosings;
    /** The filters beyond the quick search: made the first time they are opened (decision 049), null until then. */
    private CaseFilterPanel filterPanel;
    private CaseFilter filter = CaseFilter.NONE;
    private boolean applyingUrl;

    CasesView(CaseQueries queries, UserDirectory directory, CurrentUser currentUser, CaseService cases,
              EmergencyAccessService emergency, StepUpGuard stepUp) {
        this.queries = queries;
        this.directory = directory;
        this.teamId = currentUser.require().teamId();
        this.approvesClosings = currentUser.require().hasPermission(Permissions.CASE_APPROVE_CLOSING);
        setSizeFull();
        addClassName("vn-list-view");

        search.setPlaceholder(getTranslation("cases.search"));
        search.setAriaLabel(getTranslation("cases.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setWidth("20rem");
        search.addValueChangeListener(e -> {
            if (!applyingUrl) {
                pushToUrl(filterPanel == null ? filter : filterPanel.read());
            }
        });

        filtersToggle.setIcon(VaadinIcon.FILTER.create());
        filtersToggle.setId("case-filters-toggle");
        filtersToggle.getElement().setAttribute("aria-expanded", "false");
        filtersToggle.addClickListener(click -> {
            boolean open = filterPanel == null || !filterPanel.isVisible();
            showFilters(open);
            if (open) {
                filterPanel.focusFirst();
            }
        });
        showFilterCount();

        var create = newCaseLink();
        var toolbar = new HorizontalLayout(search, filtersToggle, create);
        if (currentUser.require().hasPermission(Permissions.CASE_EMERGENCY_ACCESS)) {
            var breakGlass = new Button(getTranslation("emergency.title"), VaadinIcon.UNLOCK.create(),
                    click -> new EmergencyAccessDialog(emergency, stepUp).open());
            breakGlass.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            toolbar.add(breakGlass);
        }
        toolbar.setWidthFull();
        toolbar.setWrap(true);
        toolbar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);

        configureGrid();
        count.addClassName("vn-muted");
        var summary = new HorizontalLayout(count);
        summary.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        boolean mayReassign = currentUser.require().getAuthorities().stream()
                .anyMatch(a -> Permissions.CASE_REASSIGN.equals(a.getAuthority()));
        if (mayReassign && teamId != null) {
            summary.add(reassignButton(cases, teamId, stepUp));
        }
        add(toolbar, summary, grid);
    }

    /**
     * "New case" goes to another page: a link, drawn as the primary button it looked like (decision 049). A
     * link is what a screen reader should announce for it, opens in a new tab if wanted, and needs no
     * listener in the session as a button does. Markup, so the icon is no component of its own either.
     */
    private Html newCaseLink() {
        var document = new org.jsoup.nodes.Document("");
        document.outputSettings().prettyPrint(false);
        var link = document.appendElement("a").addClass("vn-button-link").addClass("vn-push-end")
                .attr("href", RouteConfiguration.forSessionScope().getUrl(NewCaseView.class)).attr("router-link", "");
        link.appendElement("vaadin-icon").attr("icon", "vaadin:plus").attr("aria-hidden", "true");
        link.appendText(getTranslation("cases.new"));
        return new Html(link.outerHtml());
    }

    /**
     * Opens or closes the filters, making them the first time. The toggle says which (aria-expanded) and
     * names the panel it controls once there is one.
     */
    private void showFilters(boolean open) {
        if (open && filterPanel == null) {
            filterPanel = new CaseFilterPanel(directory, teamId, approvesClosings, this::pushToUrl);
            filterPanel.show(filter);
            addComponentAtIndex(1, filterPanel);
            filtersToggle.getElement().setAttribute("aria-controls", CaseFilterPanel.ID);
        }
        if (filterPanel != null) {
            filterPanel.setVisible(open);
        }
        filtersToggle.getElement().setAttribute("aria-expanded", Boolean.toString(open));
    }

    /** "Filters (2)": with the panel closed the user still sees that, and by how much, the list is narrowed. */
    private void showFilterCount() {
        int active = CaseFilterPanel.active(filter);
        filtersToggle.setText(active == 0 ? getTranslation("cases.filters")
                : getTranslation("cases.filters.active", active));
    }

    /**
     * Supervisors tick cases in the list and give them to a counsellor of the team in one go. The button is
     * made only for them: an unused one kept its element in every counsellor's session (decision 047).
     */
    private Button reassignButton(CaseService cases, Long teamId, StepUpGuard stepUp) {
        var reassign = new Button();
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        reassign.setIcon(VaadinIcon.USER_CHECK.create());
        reassign.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reassign.setId("reassign-selected");
        reassign.setEnabled(false);
        reassign.setText(getTranslation("cases.reassign", 0));
        grid.addSelectionListener(e -> {
            int picked = e.getAllSelectedItems().size();
            reassign.setEnabled(picked > 0 && picked <= BulkReassignment.MAX_CASES);
            reassign.setText(getTranslation("cases.reassign", picked));
        });
        reassign.addClickListener(click -> new ReassignDialog(List.copyOf(grid.getSelectedItems()), teamId, cases,
                directory, stepUp, result -> {
                    if (!result.reassigned().isEmpty()) {
                        FormErrors.notifySuccess(getTranslation("cases.reassign.done", result.reassigned().size()));
                    }
                    if (!result.changedMeanwhile().isEmpty()) {
                        FormErrors.notifyError(getTranslation("cases.reassign.changed",
                                String.join(", ", result.changedMeanwhile())));
                    }
                    grid.deselectAll();
                    refresh();
                }).open());
        return reassign;
    }

    private String harmsText(CaseListItem c) {
        return c.harms().stream().map(h -> getTranslation("case.harm." + h.name())).sorted()
                .collect(Collectors.joining(", "));
    }

    private void configureGrid() {
        // Cells are drawn in the browser from a template and a few values per row (decision 043): a component
        // per cell kept every shown row's elements in the session, most of what a signed-in user cost in heap.
        // The reference is a link: the way in by keyboard (Enter on the row follows it) and for screen readers.
        // Two columns fewer than one per value (decision 049): each column keeps about 5 kB of Vaadin state in
        // every session. The opening date goes under the reference, which is handed out in the order cases are
        // opened, so sorting by reference is sorting by opening; what happened goes under the alias, a case's
        // "who and what" at a glance (that column had no sort). The day is enough there (the time is in the case
        // file): the six columns then fit a 1280-pixel screen.
        var referenceColumn = grid.addColumn(LitRenderer.<CaseListItem>of("""
                        <div class="vn-case-cell"><a href="${item.href}">${item.reference}</a><span \
                        class="vn-muted">${item.opened}</span></div>""")
                        .withProperty("href", c -> CaseNavigation.caseUrl(c.id()))
                        .withProperty("reference", CaseListItem::reference)
                        .withProperty("opened", c -> getTranslation("cases.opened-on", Formats.date(
                                LocalDate.ofInstant(c.openedAt(), HelplineZone.ZONE), getLocale()))))
                .setHeader(getTranslation("case.reference")).setSortProperty("reference").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(LitRenderer.<CaseListItem>of("""
                        <div class="vn-case-cell"><div class="vn-alias-cell"><span>${item.alias}</span>${item.minor
                            ? html`<span class="vn-badge vn-badge-error">${item.minor}</span>` : ''}</div><span \
                        class="vn-muted">${item.harms}</span></div>""")
                        .withProperty("alias", c -> Pseudonymised.alias(this, c.alias()))
                        .withProperty("minor", c -> c.minorInvolved() ? getTranslation("case.minor-badge") : "")
                        .withProperty("harms", this::harmsText))
                .setHeader(getTranslation("cases.column.client")).setSortProperty("alias").setAutoWidth(true)
                .setFlexGrow(1);
        grid.addColumn(Badges.renderer(c -> getTranslation("case.status." + c.status().name()),
                        c -> Badges.statusVariant(c.status())))
                .setHeader(getTranslation("case.status")).setSortProperty("status").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(Badges.renderer(c -> getTranslation("case.priority." + c.priority().name()),
                        c -> Badges.priorityVariant(c.priority())))
                .setHeader(getTranslation("case.priority")).setSortProperty("priority").setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(c -> Objects.requireNonNullElse(c.counsellorName(), ""))
                .setHeader(getTranslation("case.counsellor")).setAutoWidth(true);
        grid.addColumn(c -> shortDateTime(c.lastActivityAt(), getLocale()))
                .setHeader(getTranslation("case.last-activity")).setSortProperty("lastActivityAt").setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItemsPageable(pageable -> sharingRepeatedValues(queries.find(filter, pageable).getContent()));
        // A click anywhere on the row opens the case; on the link itself the link already does.
        grid.addItemClickListener(e -> {
            if (e.getColumn() != referenceColumn) {
                CaseNavigation.toCase(e.getItem().id());
            }
        });
        GridKeys.enterFollowsRowLink(grid);
        grid.setEmptyStateText(getTranslation("cases.empty"));
    }

    /**
     * The grid keeps every shown row in the session until the list changes (decision 047). The rows of a
     * page mostly repeat the same counsellor, team and harms, each read as an object of its own: one object
     * per distinct value instead saves about 8 kB a session with a full page.
     */
    private static List<CaseListItem> sharingRepeatedValues(List<CaseListItem> rows) {
        Map<Object, Object> seen = new HashMap<>();
        return rows.stream().map(c -> new CaseListItem(c.id(), c.reference(), c.alias(), c.status(), c.waitingOn(),
                c.priority(), same(seen, c.counsellorId()), same(seen, c.counsellorName()), same(seen, c.teamId()),
                same(seen, c.teamName()), c.openedAt(), c.lastActivityAt(), c.minorInvolved(), same(seen, c.harms()),
                c.version())).toList();
    }

    @SuppressWarnings("unchecked")
    private static <V> V same(Map<Object, Object> seen, V value) {
        return value == null ? null : (V) seen.computeIfAbsent(value, v -> v);
    }

    /** Every change of a filter becomes a new URL; the list follows the URL, not the fields. */
    private void pushToUrl(CaseFilter wanted) {
        if (applyingUrl) {
            return;
        }
        getUI().ifPresent(ui -> ui.navigate(CasesView.class, new QueryParameters(params(wanted, search.getValue()))));
    }

    /** The address of a filter, with the quick search as typed (the filter holds it normalised for the query). */
    static Map<String, List<String>> params(CaseFilter wanted, String typed) {
        Map<String, List<String>> params = new HashMap<>();
        put(params, Q, typed.strip());
        put(params, STATUS, wanted.statuses().stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
        put(params, HARM, wanted.harm() == null ? null : wanted.harm().name());
        put(params, PRIORITY, wanted.priority() == null ? null : wanted.priority().name());
        put(params, COUNSELLOR, wanted.counsellorId() == null ? null : wanted.counsellorId().toString());
        put(params, TEAM, wanted.teamId() == null ? null : wanted.teamId().toString());
        put(params, FROM, wanted.openedFrom() == null ? null : wanted.openedFrom().toString());
        put(params, TO, wanted.openedTo() == null ? null : wanted.openedTo().toString());
        put(params, CLOSING, wanted.closingToApprove() ? CLOSING_PENDING : null);
        return params;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Map<String, List<String>> params = event.getLocation().getQueryParameters().getParameters();
        CaseFilter before = filter;
        filter = parse(params);
        List<String> ignored = ignored(params, filter);
        if (!ignored.isEmpty()) {
            // A hand-edited or mangled link: the list opens without what cannot be used, and says so.
            FormErrors.notifyError(getTranslation("cases.filter.ignored", String.join(", ", ignored)));
        }
        applyingUrl = true;
        try {
            search.setValue(Objects.requireNonNullElse(filter.text(), ""));
        } finally {
            applyingUrl = false;
        }
        // A list narrowed by the address shows why: its filters open when they came with it (a link, back or
        // forward), not again at each letter typed in the quick search after the user closed them.
        boolean made = filterPanel != null;
        if (CaseFilterPanel.active(filter) > 0 && !CaseFilterPanel.sameFilters(before, filter)) {
            showFilters(true);
        }
        if (made) {
            filterPanel.show(filter);
        }
        showFilterCount();
        refresh();
    }

    /**
     * One count per refresh, for the grid and the "N cases" line alike. Past a few thousand cases
     * the figure is PostgreSQL's estimate and says so; the grid then learns the end of the list by
     * scrolling to it instead of trusting the estimate.
     */
    private void refresh() {
        CaseCount total = queries.listCount(filter);
        count.setText(getTranslation(switch (total.kind()) {
            case EXACT -> "cases.count";
            case ESTIMATE -> "cases.count.estimate";
            case MORE_THAN -> "cases.count.more-than";
        }, total.value()));
        var view = grid.getLazyDataView();
        if (total.exact()) {
            view.setItemCountCallback(query -> (int) total.value());
        } else {
            view.setItemCountUnknown();
            view.setItemCountEstimate((int) Math.min(Integer.MAX_VALUE, total.value()));
        }
        grid.getDataProvider().refreshAll();
    }

    static CaseFilter parse(Map<String, List<String>> params) {
        Set<CaseStatus> statuses = first(params, STATUS).map(s -> Arrays.stream(s.split(","))
                .map(v -> parseEnum(CaseStatus.class, v)).filter(Objects::nonNull)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(CaseStatus.class))))
                .orElse(EnumSet.noneOf(CaseStatus.class));
        return new CaseFilter(statuses,
                first(params, HARM).map(v -> parseEnum(HarmKind.class, v)).orElse(null),
                first(params, PRIORITY).map(v -> parseEnum(Priority.class, v)).orElse(null),
                first(params, COUNSELLOR).map(CasesView::parseLong).orElse(null),
                first(params, TEAM).map(CasesView::parseLong).orElse(null),
                first(params, FROM).map(CasesView::parseDate).orElse(null),
                first(params, TO).map(CasesView::parseDate).orElse(null),
                first(params, Q).map(Texts::searchable).filter(v -> !v.isEmpty()).orElse(null),
                first(params, CLOSING).filter(CLOSING_PENDING::equals).isPresent());
    }

    /** The parameters of the address that were given but could not be used as they stand. */
    static List<String> ignored(Map<String, List<String>> params, CaseFilter filter) {
        var ignored = new ArrayList<String>();
        Map<String, Object> used = new LinkedHashMap<>();
        used.put(HARM, filter.harm());
        used.put(PRIORITY, filter.priority());
        used.put(COUNSELLOR, filter.counsellorId());
        used.put(FROM, filter.openedFrom());
        used.put(TO, filter.openedTo());
        used.forEach((name, value) -> {
            if (value == null && first(params, name).isPresent()) {
                ignored.add(name);
            }
        });
        if (first(params, Q).filter(q -> !q.strip().equals(filter.text() == null ? "" : filter.text())).isPresent()) {
            ignored.add(Q);
        }
        return ignored;
    }

    private static Optional<String> first(Map<String, List<String>> params, String name) {
        return Optional.ofNullable(params.get(name)).flatMap(v -> v.stream().findFirst()).filter(v -> !v.isBlank());
    }

    private static void put(Map<String, List<String>> params, String name, String value) {
        if (value != null && !value.isBlank()) {
            params.put(name, List.of(value));
        }
    }

    private static <E extends Enum<E>> E parseEnum(Class<E> type, String value) {
        try {
            return Enum.valueOf(type, value);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static Long parseLong(String value) {
        try {
            return Long.valueOf(value);
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static LocalDate parseDate(String value) {
        try {
            LocalDate date = LocalDate.parse(value);
            // Far outside any case's life the date only overflows the arithmetic of the query.
            return date.isBefore(EARLIEST_DATE) || date.isAfter(LATEST_DATE) ? null : date;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.cases");
    }
}
