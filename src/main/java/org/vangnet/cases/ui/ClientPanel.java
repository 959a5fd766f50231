package org.vangnet.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.Map;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.NewCase;

/** The client and what happened, editable; a colleague's change in between is detected, not overwritten. */
class ClientPanel extends VerticalLayout {

    ClientPanel(CaseDetails details, CaseService cases, Runnable onSaved) {
        setPadding(false);
        var client = new ClientForm();
        client.setValue(details.client());
        var harms = new CheckboxGroup<HarmKind>(getTranslation("case.harm"));
        harms.setItems(HarmKind.values());
        harms.setItemLabelGenerator(h -> getTranslation("case.harm." + h.name()));
        harms.setValue(details.harms());
        var summary = new TextArea(getTranslation("case.summary"));
        summary.setMaxLength(NewCase.MAX_SUMMARY);
        summary.setValue(details.summary() == null ? "" : details.summary());
        summary.setWidthFull();

        var save = new Button(getTranslation("action.save"), click -> {
            Map<String, HasValidation> fields = new HashMap<>(client.fields());
            fields.put("harms", harms);
            fields.put("summary", summary);
            FormErrors.tryChange(this, fields, () -> {
                cases.edit(details.id(), details.version(), client.getValue(), harms.getValue(), summary.getValue());
                FormErrors.notifySuccess(getTranslation("case.saved"));
                onSaved.run();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(client, harms, summary, new HorizontalLayout(save));
    }
}
