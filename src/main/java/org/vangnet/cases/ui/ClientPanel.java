package org.vangnet.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.HashMap;
import java.util.List;
import java.util.Set;
import java.util.Map;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.NewCase;

/**
 * The client and what happened, editable; a colleague's change in between is detected, not overwritten.
 * A change made elsewhere on the case file shows here only while nothing is being edited: what the
 * user typed and did not save stays.
 */
class ClientPanel extends VerticalLayout {

    private final ClientForm client = new ClientForm();
    private final CheckboxGroup<HarmKind> harms = new CheckboxGroup<>();
    private final TextArea summary = new TextArea();
    /** The fields' values as last shown: what "nothing edited" compares with. */
    private List<Object> shown;

    ClientPanel(OpenCase openCase, CaseService cases) {
        setPadding(false);
        harms.setLabel(getTranslation("case.harm"));
        harms.setItems(HarmKind.values());
        harms.setItemLabelGenerator(h -> getTranslation("case.harm." + h.name()));
        summary.setLabel(getTranslation("case.summary"));
        summary.setMaxLength(NewCase.MAX_SUMMARY);
        summary.setWidthFull();
        show(openCase.details());
        openCase.onChange(now -> {
            if (!edited()) {
                show(now);
            }
        });

        var save = new Button(getTranslation("action.save"), click -> {
            Map<String, HasValidation> fields = new HashMap<>(client.fields());
            fields.put("harms", harms);
            fields.put("summary", summary);
            FormErrors.tryChange(this, fields, () -> {
                cases.edit(openCase.id(), openCase.version(), client.getValue(), harms.getValue(), summary.getValue());
                FormErrors.notifySuccess(getTranslation("case.saved"));
                shown = null;
                openCase.changed();
            });
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(client, harms, summary, new HorizontalLayout(save));
    }

    private void show(CaseDetails details) {
        client.setValue(details.client());
        harms.setValue(details.harms());
        summary.setValue(details.summary() == null ? "" : details.summary());
        shown = values();
    }

    /** Whether the fields differ from what was last shown (a saved form shows the stored state again). */
    private boolean edited() {
        return shown != null && !values().equals(shown);
    }

    private List<Object> values() {
        return List.of(client.getValue(), Set.copyOf(harms.getValue()), summary.getValue());
    }
}
