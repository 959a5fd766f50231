package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.sextortion.ExtorterView;

/** How the client calls the extorter, and a note; a colleague's change in between is detected, not overwritten. */
class DescribeDialog extends Dialog {

    DescribeDialog(Long caseId, ExtorterView extorter, SextortionServices services, Runnable onSaved) {
        setHeaderTitle(getTranslation("sextortion.extorter.describe"));
        var label = new TextField(getTranslation("sextortion.extorter.label"));
        label.setHelperText(getTranslation("sextortion.extorter.label.help"));
        label.setMaxLength(SextortionPanel.MAX_LABEL);
        label.setValue(extorter.label() == null ? "" : extorter.label());
        label.setWidthFull();
        var notes = new TextArea(getTranslation("sextortion.extorter.notes"));
        notes.setHelperText(getTranslation("sextortion.extorter.notes.help"));
        notes.setMaxLength(1000);
        notes.setValue(extorter.notes() == null ? "" : extorter.notes());
        notes.setWidthFull();
        Map<String, HasValidation> fields = Map.of("label", label, "notes", notes);
        var save = new Button(getTranslation("action.save"), click -> {
            if (FormErrors.tryChange(this, fields, () -> {
                services.extorters().describe(caseId, extorter.id(), extorter.version(), label.getValue(),
                        notes.getValue());
            })) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var body = new VerticalLayout(label, notes);
        body.setPadding(false);
        body.setWidth("28rem");
        add(body);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
