package org.vangnet.sextortion.ui;

import static org.vangnet.base.ui.Formats.date;
import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Collectors;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.ui.CaseNavigation;
import org.vangnet.sextortion.Advice;
import org.vangnet.sextortion.ContactView;
import org.vangnet.sextortion.Demand;
import org.vangnet.sextortion.ExtorterView;
import org.vangnet.sextortion.IdentifierMatch;
import org.vangnet.sextortion.IdentifierView;
import org.vangnet.sextortion.RecoveryView;

/** One extorter: identifiers with their matches and copy buttons, the contact log, and money recovery. */
class ExtorterCard extends Div {

    private final Long caseId;
    private final ExtorterView extorter;
    private final SextortionServices services;
    private final Instant now;
    private final Runnable onChanged;

    ExtorterCard(Long caseId, ExtorterView extorter, int position, Map<Long, IdentifierMatch> matches,
                 SextortionServices services, Instant now, Runnable onChanged) {
        this.caseId = caseId;
        this.extorter = extorter;
        this.services = services;
        this.now = now;
        this.onChanged = onChanged;
        addClassNames("vn-card", "vn-extorter");

        var title = new H3(extorter.label() == null
                ? getTranslation("sextortion.extorter.numbered", position) : extorter.label());
        var describe = new Button(getTranslation("sextortion.extorter.describe"),
                click -> new DescribeDialog(caseId, extorter, services, onChanged).open());
        describe.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var heading = new HorizontalLayout(title, describe);
        heading.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(heading);
        if (extorter.notes() != null) {
            var notes = new Paragraph(extorter.notes());
            notes.addClassName("vn-muted");
            add(notes);
        }

        add(new H4(getTranslation("sextortion.identifiers")));
        if (extorter.identifiers().isEmpty()) {
            add(new Paragraph(getTranslation("sextortion.identifiers.none")));
        }
        extorter.identifiers().forEach(i -> add(identifierRow(i, matches.get(i.id()))));
        add(new IdentifierForm(caseId, extorter.id(), services, onChanged));
        if (!extorter.identifiers().isEmpty()) {
            var copyAll = new Button(getTranslation("sextortion.copy-all"), VaadinIcon.COPY.create(),
                    click -> copyAll());
            copyAll.addThemeVariants(ButtonVariant.LUMO_SMALL);
            add(copyAll);
        }

        add(new H4(getTranslation("sextortion.contacts")));
        if (extorter.contacts().isEmpty()) {
            add(new Paragraph(getTranslation("sextortion.contacts.none")));
        }
        extorter.contacts().forEach(c -> add(contactRow(c)));
        var log = new Button(getTranslation("sextortion.contact.log"), VaadinIcon.PLUS.create(),
                click -> new ContactDialog(caseId, extorter.id(), null, services, onChanged).open());
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(log);

        add(new H4(getTranslation("sextortion.recovery")));
        var help = new Paragraph(getTranslation("sextortion.recovery.intro"));
        help.addClassName("vn-muted");
        add(help);
        extorter.recoveries().forEach(r -> add(recoveryRow(r)));
        var report = new Button(getTranslation("sextortion.recovery.report"), VaadinIcon.PLUS.create(),
                click -> new RecoveryDialog(caseId, extorter, null, services, onChanged).open());
        add(report);
    }

    private Component identifierRow(IdentifierView identifier, IdentifierMatch match) {
        var kind = new Span(IdentifierLabels.kind(this, identifier));
        kind.addClassName("vn-identifier-kind");
        var value = new Span(identifier.display());
        value.addClassName("vn-identifier-value");
        var copy = new Button(VaadinIcon.COPY.create(), click -> Clipboard.copy(this, identifier.value()));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        copy.setAriaLabel(getTranslation("sextortion.copy"));
        copy.setTooltipText(getTranslation("sextortion.copy"));
        var remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(identifier));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("sextortion.identifier.remove"));
        remove.setTooltipText(getTranslation("sextortion.identifier.remove"));
        var line = new HorizontalLayout(kind, value, copy, remove);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        line.setSpacing(false);
        line.addClassName("vn-identifier-line");
        var row = new Div(line);
        row.addClassName("vn-identifier");
        if (match != null) {
            row.add(matchLine(identifier, match));
        }
        return row;
    }

    private void confirmRemoval(IdentifierView identifier) {
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("sextortion.identifier.remove.confirm",
                IdentifierLabels.kind(this, identifier), identifier.display()));
        confirm.setText(getTranslation("sextortion.identifier.remove.help"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("sextortion.identifier.remove"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> {
            try {
                services.extorters().removeIdentifier(caseId, identifier.id());
                onChanged.run();
            } catch (DomainException ex) {
                FormErrors.notifyError(getTranslation(ex.messageKey(), ex.arguments()));
            }
        });
        confirm.open();
    }

    /** "This phone number appears in N other cases", with links to those the user may open. */
    private Component matchLine(IdentifierView identifier, IdentifierMatch match) {
        var line = new Div(new Span(getTranslation("sextortion.match." + identifier.kind().name(), match.otherCases())));
        line.addClassName("vn-match");
        for (IdentifierMatch.LinkedCase linked : match.visible()) {
            var link = CaseNavigation.link(linked.caseId(), linked.reference());
            link.addClassName("vn-match-link");
            line.add(link);
        }
        if (match.notShown() > 0) {
            var hidden = new Span(getTranslation(match.visible().size() < IdentifierMatch.MAX_SHOWN
                    ? "sextortion.match.out-of-scope" : "sextortion.match.more", match.notShown()));
            hidden.addClassName("vn-muted");
            line.add(hidden);
        }
        return line;
    }

    private Component contactRow(ContactView contact) {
        var when = new Span(dateTime(contact.occurredAt(), getLocale()) + " · " + IdentifierLabels.channel(this,
                contact.channel(), contact.channelOther()) + " · " + contact.recordedBy());
        when.addClassName("vn-muted");
        var facts = new Div();
        facts.addClassName("vn-badges");
        for (Demand demand : contact.demands()) {
            facts.add(badge(getTranslation("sextortion.demand." + demand.name()), "vn-badge-warning"));
        }
        if (contact.amount() != null) {
            facts.add(badge(MoneyFormat.of(contact.amount(), contact.currency(), getLocale()), "vn-badge-warning"));
        }
        if (contact.deadline() != null) {
            boolean running = contact.deadlineRunning(now);
            facts.add(badge(getTranslation(running ? "sextortion.deadline.running" : "sextortion.deadline.passed",
                    dateTime(contact.deadline(), getLocale())), running ? "vn-badge-error" : "vn-badge-muted"));
        }
        facts.add(contact.paid()
                ? badge(getTranslation("sextortion.paid", MoneyFormat.of(contact.paidAmount(), contact.paidCurrency(),
                getLocale()), getTranslation("sextortion.payment-method." + contact.paymentMethod().name())),
                "vn-badge-error")
                : badge(getTranslation("sextortion.not-paid"), "vn-badge-success"));
        var row = new Div(when, facts);
        row.addClassName("vn-contact");
        if (contact.threat() != null) {
            var threat = new Paragraph(getTranslation("sextortion.threat.shown", contact.threat()));
            threat.addClassName("vn-threat");
            row.add(threat);
        }
        if (!contact.advice().isEmpty()) {
            row.add(new Paragraph(getTranslation("sextortion.advice.shown", contact.advice().stream()
                    .map(Advice::name).map(a -> getTranslation("sextortion.advice." + a))
                    .collect(Collectors.joining(", ")))));
        }
        var edit = new Button(getTranslation("sextortion.contact.edit"),
                click -> new ContactDialog(caseId, extorter.id(), contact, services, onChanged).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        row.add(edit);
        return row;
    }

    private Component recoveryRow(RecoveryView recovery) {
        var what = new Span(date(recovery.reportedOn(), getLocale()) + " · " + recovery.institution()
                + (recovery.reference() == null ? "" : " · " + recovery.reference()) + " · "
                + MoneyFormat.of(recovery.amount(), recovery.currency(), getLocale()));
        var outcome = badge(getTranslation("sextortion.recovery.outcome." + recovery.outcome().name())
                        + (recovery.recovered() == null ? ""
                        : " · " + MoneyFormat.of(recovery.recovered(), recovery.currency(), getLocale())),
                switch (recovery.outcome()) {
                    case PENDING -> "vn-badge-info";
                    case REFUSED -> "vn-badge-error";
                    case PARTLY_RECOVERED -> "vn-badge-warning";
                    case FULLY_RECOVERED -> "vn-badge-success";
                });
        var edit = new Button(getTranslation("sextortion.recovery.edit"),
                click -> new RecoveryDialog(caseId, extorter, recovery, services, onChanged).open());
        edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        var row = new HorizontalLayout(what, outcome, edit);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        row.setWrap(true);
        row.addClassName("vn-recovery");
        return row;
    }

    private void copyAll() {
        try {
            var identifiers = services.queries().exportIdentifiers(caseId, extorter.id());
            String text = IdentifierLabels.copyText(this, extorter.label(), identifiers);
            Clipboard.copy(this, text);
            new CopyDialog(text).open();
        } catch (DomainException e) {
            FormErrors.notifyError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private static Span badge(String text, String variant) {
        var badge = new Span(text);
        badge.addClassNames("vn-badge", variant);
        return badge;
    }
}
