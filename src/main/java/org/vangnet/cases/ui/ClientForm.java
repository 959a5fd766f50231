package org.vangnet.cases.ui;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.List;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ContactDetail;
import org.vangnet.cases.ContactKind;

/**
 * What is known of the client, for opening a case and for editing it later. Only the alias is
 * required; every contact detail says what is safe. The domain checks the rest and its messages
 * appear next to the fields.
 */
class ClientForm extends Composite<FormLayout> {

    static final List<String> LANGUAGES = List.of("nl", "fr", "en", "de", "ar", "tr", "other");

    private final TextField alias = new TextField();
    private final IntegerField ageNow = new IntegerField();
    private final IntegerField birthYear = new IntegerField();
    private final IntegerField ageAtImages = new IntegerField();
    private final Select<String> language = new Select<>();
    private final Checkbox minor = new Checkbox();
    private final Checkbox selfHarm = new Checkbox();
    private final Checkbox deadline = new Checkbox();
    private final Div contactRows = new Div();
    private final List<ContactRow> contacts = new ArrayList<>();
    private final DomainForm<ClientDetails> form = new DomainForm<>(this, ClientDetails.class);
    private Runnable onIdentityChanged = () -> { };
    private boolean tickedByAge;

    ClientForm() {
        alias.setLabel(getTranslation("case.alias"));
        alias.setHelperText(getTranslation("case.alias.help"));
        alias.setRequiredIndicatorVisible(true);
        alias.addValueChangeListener(e -> onIdentityChanged.run());
        ageNow.setLabel(getTranslation("case.age-now"));
        ageNow.setMin(0);
        ageNow.setMax(120);
        birthYear.setLabel(getTranslation("case.birth-year"));
        birthYear.setHelperText(getTranslation("case.birth-year.help"));
        ageAtImages.setLabel(getTranslation("case.age-at-images"));
        ageAtImages.setHelperText(getTranslation("case.age-at-images.help"));
        ageAtImages.setMin(0);
        ageAtImages.setMax(120);
        language.setLabel(getTranslation("case.language"));
        language.setItems(LANGUAGES);
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("case.language.unknown"));
        language.setItemLabelGenerator(l -> l == null ? getTranslation("case.language.unknown")
                : getTranslation("case.language." + l));
        minor.setLabel(getTranslation("case.risk.minor"));
        // Only a hint for the browser's range check; the domain checks the year with the injected clock.
        var yearNow = java.time.Year.now(org.vangnet.base.time.HelplineZone.ZONE).getValue();
        minor.addValueChangeListener(e -> tickedByAge = tickedByAge && !e.isFromClient());
        birthYear.setMin(yearNow - 120);
        birthYear.setMax(yearNow);
        for (IntegerField number : List.of(ageNow, ageAtImages, birthYear)) {
            // The browser checks the range as it is typed; the message says what is wrong, not only a red line.
            var i18n = new IntegerField.IntegerFieldI18n();
            i18n.setBadInputErrorMessage(getTranslation("validation.number"));
            i18n.setMinErrorMessage(getTranslation(number == birthYear ? "validation.case.birth-year"
                    : "validation.case.age"));
            i18n.setMaxErrorMessage(getTranslation(number == birthYear ? "validation.case.birth-year"
                    : "validation.case.age"));
            number.setI18n(i18n);
            number.setValueChangeMode(ValueChangeMode.ON_CHANGE);
            number.addValueChangeListener(e -> tickMinorWhenUnder18(yearNow));
        }
        selfHarm.setLabel(getTranslation("case.risk.self-harm"));
        deadline.setLabel(getTranslation("case.risk.deadline"));
        // The ages are read before "minor": a stored tick is what shows, whatever the ages tick on the way.
        form.text("alias", alias, ClientDetails.MAX_ALIAS)
                .bind("ageNow", ageNow)
                .bind("birthYear", birthYear)
                .bind("ageAtImages", ageAtImages)
                .bind("language", language)
                .bind("minor", minor)
                .bind("selfHarmConcern", selfHarm)
                .bind("deadlineRunning", deadline)
                .supplied("contacts", () -> contacts.stream().map(ContactRow::value).toList(), this::showContacts)
                .showsOn(this::contactField);

        var risks = new Div(minor, selfHarm, deadline);
        risks.addClassName("vn-checks");
        var addContact = new Button(getTranslation("case.contact.add"), VaadinIcon.PLUS.create(),
                click -> addContact(new ContactDetail(ContactKind.PHONE, "", false, false, false)));
        addContact.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        var contactSection = new Div(new H3(getTranslation("case.contacts")), contactRows, addContact);
        contactSection.addClassName("vn-contacts");

        var form = getContent();
        form.add(alias, language, ageNow, birthYear, ageAtImages);
        form.add(risks, 2);
        form.add(contactSection, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("34rem", 2));
    }

    /**
     * An age under 18, now or when the images were made, ticks "minor" on the form as the domain
     * will on saving (images of a minor change the routes). A tick the form set goes again when the
     * age is corrected; a tick the counsellor set stays.
     */
    private void tickMinorWhenUnder18(int yearNow) {
        Integer now = ageNow.getValue() != null ? ageNow.getValue()
                : birthYear.getValue() == null ? null : yearNow - birthYear.getValue();
        boolean under18 = isUnder18(now) || isUnder18(ageAtImages.getValue());
        if (under18 && !minor.getValue()) {
            minor.setValue(true);
            tickedByAge = true;
        } else if (!under18 && tickedByAge) {
            minor.setValue(false);
            tickedByAge = false;
        }
    }

    private static boolean isUnder18(Integer age) {
        return age != null && age >= 0 && age < 18;
    }

    /** Called while the alias, a phone number or an e-mail address is being typed. */
    void onIdentityChanged(Runnable listener) {
        this.onIdentityChanged = listener;
    }

    ClientDetails getValue() {
        return form.value();
    }

    void setValue(ClientDetails client) {
        form.read(client);
    }

    /** The client's part of a bigger form (opening a case, editing it): nested there by its component name. */
    DomainForm<ClientDetails> form() {
        return form;
    }

    /** Read last, after "minor": from here on a tick is the counsellor's, not the form's. */
    private void showContacts(List<ContactDetail> details) {
        tickedByAge = false;
        contacts.clear();
        contactRows.removeAll();
        details.forEach(this::addContact);
    }

    String typedAlias() {
        return alias.getValue();
    }

    String typedValue(ContactKind kind) {
        return contacts.stream().filter(c -> c.kind.getValue() == kind).map(c -> c.value.getValue())
                .filter(v -> !v.isBlank()).findFirst().orElse("");
    }

    /** The domain names a contact row by its position: "contact.2" is the third. */
    private HasValidation contactField(String name) {
        if (!name.startsWith("contact.")) {
            return null;
        }
        int index = Integer.parseInt(name.substring("contact.".length()));
        return index < contacts.size() ? contacts.get(index).value : null;
    }

    private void addContact(ContactDetail detail) {
        var row = new ContactRow(detail);
        contacts.add(row);
        contactRows.add(row.layout);
    }

    /** One contact detail with its safety flags. */
    private final class ContactRow {
        private final Select<ContactKind> kind = new Select<>();
        private final TextField value = new TextField();
        private final Checkbox call = new Checkbox(getTranslation("case.contact.safe-to-call"));
        private final Checkbox voicemail = new Checkbox(getTranslation("case.contact.safe-voicemail"));
        private final Checkbox write = new Checkbox(getTranslation("case.contact.safe-to-write"));
        private final HorizontalLayout layout;

        ContactRow(ContactDetail detail) {
            kind.setItems(ContactKind.values());
            kind.setItemLabelGenerator(k -> getTranslation("case.contact." + k.name()));
            kind.setAriaLabel(getTranslation("case.contact.kind"));
            kind.setValue(detail.kind());
            kind.setWidth("9rem");
            value.setAriaLabel(getTranslation("case.contact.value"));
            value.setPlaceholder(getTranslation("case.contact.value"));
            value.setValue(detail.value() == null ? "" : detail.value());
            value.setValueChangeMode(ValueChangeMode.LAZY);
            value.addValueChangeListener(e -> onIdentityChanged.run());
            call.setValue(detail.safeToCall());
            voicemail.setValue(detail.safeVoicemail());
            write.setValue(detail.safeToWrite());
            var remove = new Button(VaadinIcon.TRASH.create());
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
            remove.setAriaLabel(getTranslation("case.contact.remove"));
            layout = new HorizontalLayout(kind, value, call, voicemail, write, remove);
            layout.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            layout.setWrap(true);
            remove.addClickListener(click -> {
                contacts.remove(this);
                contactRows.remove(layout);
                onIdentityChanged.run();
            });
        }

        ContactDetail value() {
            return new ContactDetail(kind.getValue(), value.getValue(), call.getValue(), voicemail.getValue(),
                    write.getValue());
        }
    }
}
