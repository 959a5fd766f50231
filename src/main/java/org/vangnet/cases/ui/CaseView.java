package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.base.ui.Formats;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.CaseErasureService;
import org.vangnet.cases.CaseHeaderNote;
import org.vangnet.cases.CaseNotAccessibleException;
import org.vangnet.cases.EmergencyAccessService;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.EvidenceService;
import org.vangnet.cases.NoteService;
import org.vangnet.cases.PoliceComplaintService;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.security.Roles;
import org.vangnet.security.UserDirectory;
import org.vangnet.security.UserDirectory.Colleague;
import org.vangnet.base.time.HelplineZone;

/**
 * The case file: header with status, priority and who handles it, the route for this client's age,
 * and the timeline, client, consent, referrals, police and evidence. Opening it is audited; a case
 * outside the user's scope looks exactly like one that does not exist.
 */
@Route("cases")
@RolesAllowed({Roles.COUNSELLOR, Roles.SUPERVISOR})
class CaseView extends VerticalLayout implements HasUrlParameter<Long>, HasDynamicTitle {

    private final CaseService cases;
    private final CaseQueries queries;
    private final NoteService notes;
    private final ConsentService consents;
    private final PoliceComplaintService complaints;
    private final EvidenceService evidence;
    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<CaseTabProvider> tabProviders;
    private final CaseErasureService erasure;
    private final EmergencyAccessService emergency;
    private final StepUpGuard stepUp;
    private OpenCase openCase;
    private CaseDetails details;
    private final Div header = new Div();
    private final Div routes = new Div();

    CaseView(CaseService cases, CaseQueries queries, NoteService notes, ConsentService consents,
             PoliceComplaintService complaints, EvidenceService evidence,
             UserDirectory directory, CurrentUser currentUser, Clock clock, List<CaseTabProvider> tabProviders,
             CaseErasureService erasure, EmergencyAccessService emergency, StepUpGuard stepUp) {
        this.emergency = emergency;
        this.stepUp = stepUp;
        this.cases = cases;
        this.queries = queries;
        this.notes = notes;
        this.consents = consents;
        this.complaints = complaints;
        this.evidence = evidence;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
        this.tabProviders = tabProviders.stream().sorted(Comparator.comparingInt(CaseTabProvider::order)).toList();
        this.erasure = erasure;
        addClassName("vn-case-view");
    }

    @Override
    public void setParameter(BeforeEvent event, Long caseId) {
        CaseDetails opened;
        try {
            opened = queries.get(caseId);
        } catch (CaseNotAccessibleException e) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        openCase = new OpenCase(opened, queries::reread);
        openCase.onChange(this::caseChanged);
        render();
    }

    /**
     * Drawn once per opening. After a change only the header and the route are drawn again, and each
     * tab that has been shown refreshes itself (it subscribed to {@link OpenCase#onChange}), keeping
     * what the user typed elsewhere. Erasing the case changes everything it shows: then all is drawn again.
     */
    private void render() {
        details = openCase.details();
        removeAll();
        LocalDate today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        var tabs = org.vangnet.base.ui.Aria.tablistWithoutFocusableScroller(new TabSheet());
        tab(tabs, "case.tab.timeline", () -> new TimelinePanel(openCase, !details.pseudonymised(), queries, notes));
        tab(tabs, "case.tab.client", () -> details.pseudonymised()
                ? Pseudonymised.clientPanel(this, details) : new ClientPanel(openCase, cases));
        tab(tabs, "case.tab.consent", () -> new ConsentPanel(openCase, consents));
        tab(tabs, "case.tab.police", () -> new PolicePanel(openCase, today, complaints));
        tab(tabs, "case.tab.evidence", () -> new EvidencePanel(openCase, evidence));
        tabProviders.stream().filter(p -> p.isAvailable(details))
                .forEach(p -> tab(tabs, p.titleKey(), () -> p.create(openCase)));
        tabs.setWidthFull();
        tabs.addClassName("vn-case-tabs");
        var main = new HorizontalLayout(tabs, routes);
        main.setWidthFull();
        main.addClassName("vn-case-main");
        routes.addClassName("vn-case-routes");
        header.addClassName("vn-case-header");
        drawHeader();
        add(header, main);
    }

    private void tab(TabSheet tabs, String titleKey, java.util.function.Supplier<Component> content) {
        tabs.add(getTranslation(titleKey), new LazyTab(content));
    }

    private void caseChanged(CaseDetails now) {
        boolean erased = now.pseudonymised() && !details.pseudonymised();
        details = now;
        if (erased) {
            render();
        } else {
            drawHeader();
        }
    }

    private void drawHeader() {
        header.removeAll();
        header.add(headerContent().toArray(Component[]::new));
        routes.removeAll();
        routes.add(new RoutesPanel(details.minorInvolved()));
    }

    /**
     * Whether the user may hold this case by an emergency opening only: never their own case, nor
     * their team's as its supervisor. Those, the usual openings, cost no extra query.
     */
    private boolean mayHoldByEmergency() {
        var user = currentUser.require();
        boolean ownOrTeams = user.id().equals(details.counsellorId())
                || user.hasPermission(Permissions.CASE_REASSIGN) && Objects.equals(user.teamId(), details.teamId());
        return !ownOrTeams && user.hasPermission(Permissions.CASE_EMERGENCY_ACCESS);
    }

    private List<Component> headerContent() {
        var title = new H2(details.reference() + " · " + Pseudonymised.alias(this, details.client().alias()));
        boolean closed = details.status() == CaseStatus.CLOSED;
        var badges = new Div();
        // One state at a time: a closing that waits for approval is not yet "closed", and a closed
        // case is no longer urgent (#16: "Afgesloten" beside "Afsluiting te keuren", "Dringend" after closing).
        if (!details.closingAwaitsApproval()) {
            badges.add(Badges.status(this, details.status()));
        }
        if (!closed) {
            badges.add(Badges.priority(this, details.priority()));
        }
        if (details.minorInvolved()) {
            badges.add(Badges.minor(this));
        }
        if (details.pseudonymised()) {
            badges.add(Pseudonymised.badge(this));
        }
        if (details.closingAwaitsApproval()) {
            badges.add(Badges.closingToApprove(this));
        }
        if (mayHoldByEmergency()) {
            // Opened by break-the-glass (decision 022): say so, and until when.
            emergency.activeUntil(details.id()).ifPresent(until -> badges.add(Badges.emergency(this,
                    Formats.shortDateTime(until, getLocale()))));
        }
        badges.addClassName("vn-badges");
        String state = details.status() == CaseStatus.WAITING
                ? getTranslation("case.waiting-for", getTranslation("case.waiting." + details.waitingOn().name()))
                : details.status() == CaseStatus.CLOSED
                ? getTranslation("case.closed-because", getTranslation("case.closing." + details.closingReason().name()))
                : "";
        var meta = new Span(getTranslation("case.header.meta",
                Objects.requireNonNullElse(details.counsellorName(), getTranslation("case.unassigned")),
                Objects.requireNonNullElse(details.teamName(), ""), dateTime(details.openedAt(), getLocale()),
                getTranslation("case.channel." + details.channel().name())) + (state.isEmpty() ? "" : " · " + state));
        meta.addClassName("vn-muted");
        var parts = new ArrayList<Component>(List.of(new Div(title, badges), meta));
        if (!details.pseudonymised() && details.summary() != null && !details.summary().isBlank()) {
            // What the client told at intake, on every tab: before, it was only on the Client form (#16 point 12).
            var summary = new Paragraph(getTranslation("case.header.summary", details.summary().strip()));
            summary.addClassName("vn-case-summary");
            summary.setId("case-summary");
            parts.add(summary);
        }
        for (CaseHeaderNote note : queries.headerNotes(details.id())) {
            if (closed && note.urgent()) {
                continue; // a running deadline stops mattering to the helpline once the case is closed
            }
            var text = new Span(getTranslation(note.messageKey(), dateTime(note.at(), getLocale())));
            text.addClassNames("vn-header-note", note.urgent() ? "vn-header-note-urgent" : "vn-header-note-info");
            parts.add(text);
        }
        if (details.pseudonymised()) {
            parts.add(Pseudonymised.headerNote(this, getLocale(), details));
        } else {
            parts.add(actions());
        }
        return parts;
    }

    private Component actions() {
        var bar = new HorizontalLayout();
        bar.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        bar.setWrap(true);
        for (CaseStatus target : details.status().next()) {
            var button = new Button(getTranslation("case.action.to." + target.name()), click -> changeStatus(target));
            button.addThemeVariants(target == CaseStatus.CLOSED ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
            button.setId("to-" + target.name().toLowerCase(java.util.Locale.ROOT));
            bar.add(button);
        }
        var me = currentUser.require();
        if (details.closingAwaitsApproval() && me.hasPermission(Permissions.CASE_APPROVE_CLOSING)) {
            var approve = new Button(getTranslation("case.action.approve-closing"), VaadinIcon.CHECK.create(),
                    click -> act(() -> cases.approveClosing(details.id(), details.version())));
            approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS, ButtonVariant.LUMO_PRIMARY);
            approve.setId("approve-closing");
            bar.addComponentAsFirst(approve);
        }
        if (!me.id().equals(details.counsellorId())) {
            bar.add(new Button(getTranslation("case.action.assign-to-me"),
                    click -> act(() -> cases.assignToMe(details.id(), details.version()))));
        }
        if (me.hasPermission(Permissions.CASE_REASSIGN)) {
            bar.add(new Button(getTranslation("case.action.reassign"), click -> pickColleague("case.action.reassign",
                    (colleague, dialog) -> act(() -> cases.reassign(details.id(), details.version(), colleague.id())))));
        }
        bar.add(new Button(getTranslation("case.action.share"), click -> pickColleague("case.action.share",
                (colleague, dialog) -> act(() -> cases.shareWith(details.id(), colleague.id())))));
        if (details.status() == CaseStatus.CLOSED && me.hasPermission(Permissions.CASE_ERASE)) {
            var erase = new Button(getTranslation("case.erase.open"),
                    click -> new EraseDialog(details, queries.openItems(details.id()), erasure, stepUp,
                            openCase::changed).open());
            erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            bar.add(erase);
        }
        return bar;
    }

    private void changeStatus(CaseStatus target) {
        if (target == CaseStatus.WAITING || target == CaseStatus.CLOSED) {
            new StatusDialog(details, target, cases, queries, openCase::changed).open();
        } else {
            act(() -> cases.changeStatus(details.id(), details.version(), target, null, null));
        }
    }

    private void pickColleague(String titleKey, BiConsumer<Colleague, Dialog> onPicked) {
        var dialog = new Dialog(getTranslation(titleKey));
        var colleague = new ComboBox<Colleague>(getTranslation("case.colleague"));
        colleague.setItemLabelGenerator(Colleague::displayName);
        colleague.setItemsPageable((pageable, filter) ->
                directory.teamMembers(details.teamId(), filter, pageable).getContent());
        colleague.setWidth("20rem");
        var ok = new Button(getTranslation(titleKey), click -> {
            if (colleague.getValue() != null) {
                onPicked.accept(colleague.getValue(), dialog);
                dialog.close();
            }
        });
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.add(colleague);
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), ok);
        dialog.open();
    }

    private void act(Runnable change) {
        try {
            change.run();
            openCase.changed();
        } catch (DomainException e) {
            FormErrors.notifyError(getTranslation(e.messageKey(), e.arguments()));
            if (e instanceof CaseNotAccessibleException) {
                getUI().ifPresent(ui -> ui.navigate(CasesView.class));
            }
        }
    }

    @Override
    public String getPageTitle() {
        return details == null ? getTranslation("menu.cases") : details.reference();
    }
}
