package org.vangnet.directory.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.directory.PartnerDetails;
import org.vangnet.directory.PartnerLanguage;
import org.vangnet.directory.PartnerRegion;
import org.vangnet.directory.ReferralDirectory;

/** Adds a partner to the directory or changes one; a refused value is explained next to its field. */
class PartnerDialog extends Dialog {

    PartnerDialog(PartnerDetails partner, ReferralDirectory directory, Runnable onSaved) {
        setHeaderTitle(partner.id() == null ? getTranslation("directory.add") : partner.name());
        setWidth("min(60rem, 95vw)");
        var name = text("directory.name", partner.name());
        var phone = text("directory.phone", partner.phone());
        var minAge = age("directory.min-age", partner.minAge());
        var maxAge = age("directory.max-age", partner.maxAge());
        var region = new Select<PartnerRegion>();
        region.setLabel(getTranslation("directory.region"));
        region.setItems(PartnerRegion.values());
        region.setItemLabelGenerator(r -> getTranslation("directory.region." + r.name()));
        region.setValue(partner.region());
        var languages = new CheckboxGroup<PartnerLanguage>(getTranslation("directory.languages"));
        languages.setItems(PartnerLanguage.values());
        languages.setItemLabelGenerator(l -> getTranslation("directory.language." + l.name()));
        languages.setValue(partner.languages());
        var chat = text("directory.chat", partner.chatUrl());
        var email = text("directory.email", partner.email());
        var website = text("directory.website", partner.website());
        var descriptionNl = area("directory.description.nl", partner.descriptionNl());
        var descriptionFr = area("directory.description.fr", partner.descriptionFr());
        var descriptionEn = area("directory.description.en", partner.descriptionEn());
        var hoursNl = area("directory.hours.nl", partner.hoursNl());
        var hoursFr = area("directory.hours.fr", partner.hoursFr());
        var hoursEn = area("directory.hours.en", partner.hoursEn());
        var order = new IntegerField(getTranslation("directory.sort-order"));
        order.setValue(partner.sortOrder());
        var active = new Checkbox(getTranslation("directory.active"), partner.active());
        var form = new FormLayout(name, phone, minAge, maxAge, region, languages, chat, email, website, descriptionNl,
                descriptionFr, descriptionEn, hoursNl, hoursFr, hoursEn, order, active);
        add(form);
        Map<String, HasValidation> fields = Map.ofEntries(Map.entry("name", name), Map.entry("phone", phone),
                Map.entry("minAge", minAge), Map.entry("maxAge", maxAge), Map.entry("region", region),
                Map.entry("languages", languages), Map.entry("chatUrl", chat), Map.entry("email", email),
                Map.entry("website", website), Map.entry("descriptionNl", descriptionNl),
                Map.entry("descriptionFr", descriptionFr), Map.entry("descriptionEn", descriptionEn),
                Map.entry("hoursNl", hoursNl), Map.entry("hoursFr", hoursFr), Map.entry("hoursEn", hoursEn));
        var save = new Button(getTranslation("action.save"), click -> {
            if (minAge.isInvalid() || maxAge.isInvalid()) {
                return; // not a whole number: the field already says so, and keeps what was typed
            }
            var details = new PartnerDetails(partner.id(), partner.version(), partner.code(), name.getValue(),
                    descriptionNl.getValue(), descriptionFr.getValue(), descriptionEn.getValue(), minAge.getValue(),
                    maxAge.getValue(), region.getValue(), languages.getValue(), phone.getValue(), hoursNl.getValue(),
                    hoursFr.getValue(), hoursEn.getValue(), chat.getValue(), email.getValue(), website.getValue(),
                    active.getValue(), order.getValue() == null ? partner.sortOrder() : order.getValue());
            FormErrors.tryChange(this, fields, () -> {
                if (partner.id() == null) {
                    directory.add(details);
                } else {
                    directory.update(details);
                }
                FormErrors.notifySuccess(getTranslation("case.saved"));
                close();
                onSaved.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }

    private TextField text(String labelKey, String value) {
        var field = new TextField(getTranslation(labelKey));
        field.setValue(value == null ? "" : value);
        return field;
    }

    private IntegerField age(String labelKey, Integer value) {
        var field = new IntegerField(getTranslation(labelKey));
        field.setValue(value);
        return field;
    }

    private TextArea area(String labelKey, String value) {
        var area = new TextArea(getTranslation(labelKey));
        area.setValue(value == null ? "" : value);
        area.setWidthFull();
        return area;
    }
}
