package org.vangnet.takedowns.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.util.Objects;
import java.util.stream.Stream;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.takedowns.DsaNotices;
import org.vangnet.takedowns.HashService;
import org.vangnet.takedowns.HashSubmissions;
import org.vangnet.takedowns.PlatformCatalogue;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownStatus;
import org.vangnet.takedowns.TakedownView;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.Formats;

/**
 * The case's takedown requests, each with its items, dates that matter (appeal deadline, the
 * six-hour court order, the reappearance check), its next steps, history and DSA notice; and the
 * hash-service submissions.
 */
class TakedownsPanel extends VerticalLayout {

    /** A submission to a hash service, by the names the domain uses for them. */
    public record HashSubmission(HashService service, String caseNumber, int items, java.time.LocalDate submittedOn) {
    }

    private final Long caseId;
    private final boolean minorInvolved;
    private final TakedownService takedowns;
    private final DsaNotices notices;
    private final HashSubmissions hashes;
    private final Clock clock;
    private final Runnable onChanged;
    private final StepUpGuard stepUp;
    private final Div list = new Div();
    private final Div hashList = new Div();

    TakedownsPanel(Long caseId, boolean minorInvolved, TakedownService takedowns, PlatformCatalogue catalogue,
                   DsaNotices notices, HashSubmissions hashes, Clock clock, StepUpGuard stepUp, Runnable onChanged) {
        this.onChanged = onChanged;
        this.stepUp = stepUp;
        this.caseId = caseId;
        this.minorInvolved = minorInvolved;
        this.takedowns = takedowns;
        this.notices = notices;
        this.hashes = hashes;
        this.clock = clock;
        setPadding(false);
        var create = new Button(getTranslation("takedown.new"), VaadinIcon.PLUS.create(),
                click -> new TakedownDialog(caseId, takedowns, catalogue, onChanged).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-takedown");
        add(create, list, new H3(getTranslation("hash.title")), hashList, hashForm());
        refresh();
    }

    /** Reads the requests and submissions again; the hash submission being typed stays. */
    void refresh() {
        list.removeAll();
        var requests = takedowns.forCase(caseId);
        if (requests.isEmpty()) {
            list.add(new Paragraph(getTranslation("takedown.none")));
        }
        requests.forEach(request -> list.add(card(request)));
        hashList.removeAll();
        var submissions = hashes.forCase(caseId);
        if (submissions.isEmpty()) {
            hashList.add(new Paragraph(getTranslation("hash.none")));
        }
        submissions.forEach(s -> hashList.add(new Paragraph(getTranslation("hash.line",
                getTranslation("hash.service." + s.service().name()), s.caseNumber(), s.items(),
                org.vangnet.base.ui.Formats.date(s.submittedOn(), getLocale())))));
    }

    private Component card(TakedownView request) {
        var title = new Span(request.platformName() + " · " + getTranslation("takedown.route." + request.route().name()));
        title.addClassName("vn-consent-name");
        var header = new HorizontalLayout(title, TakedownTexts.status(this, request.status()));
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        var items = new UnorderedList();
        request.items().forEach(item -> {
            var line = new ListItem(TakedownTexts.item(this, item));
            line.addClassName("vn-evidence-item");
            items.add(line);
        });
        var facts = new Div();
        Stream.of(TakedownTexts.when(this, "takedown.submitted-at", request.submittedAt()),
                        TakedownTexts.when(this, "takedown.removed-at", request.removedAt()),
                        TakedownTexts.when(this, "takedown.escalated-at", request.escalatedAt()),
                        TakedownTexts.date(this, "takedown.appeal-deadline", request.appealDeadline()),
                        TakedownTexts.when(this, "takedown.court-deadline", request.courtOrderDeadline()),
                        TakedownTexts.date(this, "takedown.reappearance-check", request.reappearanceCheckOn()),
                        request.ticketNumber() == null ? null : getTranslation("takedown.ticket-line", request.ticketNumber()),
                        request.decisionText() == null ? null : getTranslation("takedown.decision-line", request.decisionText()))
                .filter(Objects::nonNull)
                .forEach(text -> {
                    var fact = new Span(text);
                    fact.addClassName("vn-fact");
                    facts.add(fact);
                });
        facts.addClassName("vn-facts");
        var card = new Div(header, items, new Paragraph(request.contentDescription()), facts, actions(request),
                history(request));
        card.addClassNames("vn-card", "vn-takedown");
        return card;
    }

    private Component actions(TakedownView request) {
        var bar = new HorizontalLayout();
        bar.setWrap(true);
        for (TakedownStatus target : request.status().next()) {
            var button = new Button(getTranslation("takedown.do." + target.name()), click ->
                    new TransitionDialog(target, request.ticketNumber(), (ticket, decision) ->
                            takedowns.changeStatus(caseId, request.id(), request.version(), target, ticket, decision),
                            stepUp, onChanged).open());
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            bar.add(button);
        }
        var notice = new Button(getTranslation("takedown.notice"), VaadinIcon.FILE_TEXT_O.create(),
                click -> new NoticeDialog(notices, request.id(), null).open());
        notice.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        bar.add(notice);
        return bar;
    }

    private Component history(TakedownView request) {
        var details = new Details(getTranslation("takedown.history"));
        details.addOpenedChangeListener(e -> {
            if (e.isOpened() && details.getContent().findAny().isEmpty()) {
                var lines = new UnorderedList();
                takedowns.history(caseId, request.id()).forEach(step -> lines.add(new ListItem(
                        dateTime(step.occurredAt(), getLocale()) + " · " + step.actor() + " · "
                                + (step.from() == null ? "" : getTranslation("takedown.status." + step.from().name()) + " → ")
                                + getTranslation("takedown.status." + step.to().name()))));
                details.add(lines);
            }
        });
        return details;
    }

    private Component hashForm() {
        var service = new Select<HashService>();
        service.setLabel(getTranslation("hash.service"));
        service.setItems(HashService.values());
        service.setItemLabelGenerator(s -> getTranslation("hash.service." + s.name()));
        service.setValue(minorInvolved ? HashService.TAKE_IT_DOWN : HashService.STOPNCII);
        var caseNumber = new TextField(getTranslation("hash.case-number"));
        caseNumber.setHelperText(getTranslation("hash.case-number.help"));
        var count = new IntegerField(getTranslation("hash.items"));
        count.setMin(1);
        count.setValue(1);
        count.setStepButtonsVisible(true);
        var date = new DatePicker(getTranslation("hash.submitted-on"),
                clock.instant().atZone(HelplineZone.ZONE).toLocalDate());
        Formats.localised(date, getLocale());
        var submission = new DomainForm<>(this, HashSubmission.class)
                .bind("service", service)
                .text("caseNumber", caseNumber, HashSubmissions.MAX_CASE_NUMBER)
                .bind("items", count, n -> n == null ? 0 : n, n -> n)
                .bind("submittedOn", date);
        var record = new Button(getTranslation("hash.record"), click -> submission.submit(typed -> {
            hashes.record(caseId, typed.service(), typed.caseNumber(), typed.items(), typed.submittedOn());
            caseNumber.clear();
            onChanged.run();
        }));
        var form = new HorizontalLayout(service, caseNumber, count, date, record);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        return form;
    }
}
