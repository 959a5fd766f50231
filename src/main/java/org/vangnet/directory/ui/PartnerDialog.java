package org.vangnet.directory.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
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
        var name = text("directory.name");
        var phone = text("directory.phone");
        var minAge = age("directory.min-age");
        var maxAge = age("directory.max-age");
        var region = new Select<PartnerRegion>();
        region.setLabel(getTranslation("directory.region"));
        region.setItems(PartnerRegion.values());
        region.setItemLabelGenerator(r -> getTranslation("directory.region." + r.name()));
        var languages = new CheckboxGroup<PartnerLanguage>(getTranslation("directory.languages"));
        languages.setItems(PartnerLanguage.values());
        languages.setItemLabelGenerator(l -> getTranslation("directory.language." + l.name()));
        var chat = text("directory.chat");
        var email = text("directory.email");
        var website = text("directory.website");
        var descriptionNl = area("directory.description.nl");
        var descriptionFr = area("directory.description.fr");
        var descriptionEn = area("directory.description.en");
        var hoursNl = area("directory.hours.nl");
        var hoursFr = area("directory.hours.fr");
        var hoursEn = area("directory.hours.en");
        var order = new IntegerField(getTranslation("directory.sort-order"));
        var active = new Checkbox(getTranslation("directory.active"));
        var form = new FormLayout(name, phone, minAge, maxAge, region, languages, chat, email, website, descriptionNl,
                descriptionFr, descriptionEn, hoursNl, hoursFr, hoursEn, order, active);
        add(form);
        var details = new DomainForm<>(this, PartnerDetails.class)
                .fixed("id", partner.id())
                .fixed("version", partner.version())
                .fixed("code", partner.code())
                .bind("name", name)
                .bind("descriptionNl", descriptionNl)
                .bind("descriptionFr", descriptionFr)
                .bind("descriptionEn", descriptionEn)
                .bind("minAge", minAge)
                .bind("maxAge", maxAge)
                .bind("region", region)
                .bind("languages", languages)
                .bind("phone", phone)
                .bind("hoursNl", hoursNl)
                .bind("hoursFr", hoursFr)
                .bind("hoursEn", hoursEn)
                .bind("chatUrl", chat)
                .bind("email", email)
                .bind("website", website)
                .bind("active", active)
                // An emptied order keeps the partner where it was.
                .bind("sortOrder", order, n -> n == null ? partner.sortOrder() : n, n -> n);
        details.read(partner);
        DialogActions.cancelAnd(this, new Button(getTranslation("action.save"), click -> {
            if (minAge.isInvalid() || maxAge.isInvalid()) {
                return; // not a whole number: the field already says so, and keeps what was typed
            }
            details.submit(typed -> {
                if (typed.id() == null) {
                    directory.add(typed);
                } else {
                    directory.update(typed);
                }
                FormErrors.notifySuccess(getTranslation("case.saved"));
                close();
                onSaved.run();
            });
        }));
    }

    private TextField text(String labelKey) {
        return new TextField(getTranslation(labelKey));
    }

    private IntegerField age(String labelKey) {
        return new IntegerField(getTranslation(labelKey));
    }

    private TextArea area(String labelKey) {
        var area = new TextArea(getTranslation(labelKey));
        area.setWidthFull();
        return area;
    }
}
