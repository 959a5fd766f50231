package org.vangnet.directory.ui;

import static org.vangnet.base.ui.Formats.date;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.data.domain.PageRequest;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.CopyText;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.Partner;
import org.vangnet.cases.ReferralService;
import org.vangnet.cases.ReferralStatus;
import org.vangnet.cases.ReferralView;
import org.vangnet.directory.PartnerDetails;
import org.vangnet.directory.PartnerLanguage;
import org.vangnet.directory.ReferralDirectory;
import org.vangnet.base.ui.Formats;

/**
 * Referrals of one case. The partner comes from the directory (for a minor the first partner for
 * minors is proposed, for an adult the first for adults); the chosen partner's number and hours
 * are shown as a text in the client's language, to read out or paste into the chat. A partner
 * that is not in the directory can still be named. Each referral shows every status it was given.
 */
class ReferralsPanel extends VerticalLayout {

    /** A referral as typed, by the names the domain uses for them. */
    public record NewReferral(Long partner, String otherName, ReferralStatus status, LocalDate date) {
    }

    private final CaseDetails details;
    private final ReferralService referrals;
    private final ReferralDirectory directory;
    private final Runnable onChanged;
    private final LocalDate today;
    private final Div rows = new Div();
    private final Div tell = new Div();

    ReferralsPanel(CaseDetails details, ReferralService referrals, ReferralDirectory directory, Clock clock,
                   Runnable onChanged) {
        this.details = details;
        this.referrals = referrals;
        this.directory = directory;
        this.onChanged = onChanged;
        this.today = clock.instant().atZone(HelplineZone.ZONE).toLocalDate();
        setPadding(false);
        addClassName("vn-referrals");
        build();
    }

    private void build() {
        var partner = new ComboBox<PartnerDetails>(getTranslation("referral.partner"));
        partner.setItemLabelGenerator(PartnerDetails::name);
        partner.setItemsPageable((pageable, filter) -> directory.find(filter, false, pageable).getContent());
        partner.setWidth("20rem");
        partner.addValueChangeListener(e -> showWhatToTell(e.getValue()));
        var notListed = new Checkbox(getTranslation("directory.not-listed"));
        var otherName = new TextField(getTranslation("referral.other-name"));
        otherName.setVisible(false);
        notListed.addValueChangeListener(e -> {
            otherName.setVisible(e.getValue());
            partner.setVisible(!e.getValue());
            tell.setVisible(!e.getValue());
        });
        var status = new Select<ReferralStatus>();
        status.setLabel(getTranslation("referral.status"));
        status.setItems(ReferralStatus.values());
        status.setItemLabelGenerator(s -> getTranslation("referral.status." + s.name()));
        status.setValue(ReferralStatus.SUGGESTED);
        var date = new DatePicker(getTranslation("referral.date"), today);
        Formats.localised(date, getLocale());
        var referral = new DomainForm<>(this, NewReferral.class)
                .bind("partner", partner, chosen -> chosen == null ? null : chosen.id(), id -> null)
                .text("otherName", otherName, ReferralService.MAX_OTHER_NAME)
                .bind("status", status)
                .bind("date", date);
        var add = new Button(getTranslation("referral.add"), click -> referral.submit(typed -> {
            if (notListed.getValue()) {
                referrals.refer(details.id(), Partner.OTHER, typed.otherName(), typed.status(), typed.date());
            } else {
                referrals.refer(details.id(), typed.partner(), typed.status(), typed.date());
            }
            otherName.clear();
            render();
            onChanged.run();
        }));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new HorizontalLayout(partner, notListed, otherName, status, date, add);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        tell.addClassName("vn-referral-tell");
        add(rows, new H3(getTranslation("referral.new")), form, tell);
        partner.setValue(proposal());
        render();
    }

    /** The partner proposed for this client: for a minor the first for minors, for an adult the first for adults. */
    private PartnerDetails proposal() {
        var partners = directory.find("", false, PageRequest.of(0, DirectoryHomeSection.SHOWN)).getContent();
        return partners.stream()
                .filter(p -> details.minorInvolved() ? p.maxAge() != null && p.maxAge() < 18
                        : p.minAge() != null && p.minAge() >= 18)
                .findFirst().orElse(partners.isEmpty() ? null : partners.getFirst());
    }

    private void showWhatToTell(PartnerDetails partner) {
        tell.removeAll();
        if (partner == null) {
            return;
        }
        Locale language = clientLanguage();
        String text = PartnerCard.clientText(this, partner, language);
        var heading = new H3(getTranslation("directory.tell.title",
                getTranslation("directory.language." + PartnerLanguage.of(language.getLanguage()).name())));
        var body = new Pre(text);
        body.addClassName("vn-referral-tell-text");
        var copy = new Button(getTranslation("directory.tell.copy"), VaadinIcon.COPY.create(), click -> copy(text));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tell.add(heading, body, copy);
    }

    /** The client's language when the directory has texts in it, the counsellor's otherwise. */
    private Locale clientLanguage() {
        var spoken = PartnerLanguage.of(details.client().language());
        if (spoken == null) {
            spoken = Objects.requireNonNullElse(PartnerLanguage.of(getLocale().getLanguage()), PartnerLanguage.NL);
        }
        return spoken.locale();
    }

    private void copy(String text) {
        CopyText.copy(this, text, "directory.tell.copied", "directory.tell.copy-failed");
    }

    private void render() {
        rows.removeAll();
        var list = referrals.list(details.id());
        if (list.isEmpty()) {
            rows.add(new Span(getTranslation("referral.none")));
        }
        Map<Long, PartnerDetails> partners = new HashMap<>();
        directory.find("", false, PageRequest.of(0, DirectoryHomeSection.SHOWN))
                .forEach(p -> partners.put(p.id(), p));
        for (ReferralView referral : list) {
            var label = new Span(name(referral, partners.get(referral.partnerId())));
            label.addClassName("vn-consent-name");
            var state = new Select<ReferralStatus>();
            state.setAriaLabel(getTranslation("referral.status"));
            state.setItems(ReferralStatus.values());
            state.setItemLabelGenerator(s -> getTranslation("referral.status." + s.name()));
            state.setValue(referral.status());
            state.addValueChangeListener(e -> {
                if (!e.isFromClient()) {
                    return;
                }
                try {
                    referrals.changeStatus(details.id(), referral.id(), referral.version(), e.getValue(), today);
                    render();
                    onChanged.run();
                } catch (DomainException ex) {
                    FormErrors.notifyError(getTranslation(ex.messageKey(), ex.arguments()));
                }
            });
            var history = new Span(referral.history().stream()
                    .map(step -> getTranslation("directory.history.step",
                            getTranslation("referral.status." + step.status().name()), date(step.date(), getLocale()),
                            step.recordedBy()))
                    .collect(Collectors.joining(" → ")));
            history.addClassNames("vn-muted", "vn-referral-history");
            var row = new HorizontalLayout(label, state, history);
            row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
            row.setWrap(true);
            row.addClassName("vn-consent-row");
            rows.add(row);
        }
    }

    /** "Child Focus (116 000)"; a partner no longer in the directory by its old name; one typed on the case by that name. */
    private String name(ReferralView referral, PartnerDetails partner) {
        if (partner != null) {
            return partner.name() + (partner.phone() == null ? "" : " (" + partner.phone() + ")");
        }
        String listName = getTranslation("partner." + referral.partner().name());
        return referral.otherName() == null ? listName : listName + " · " + referral.otherName();
    }
}
