package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.ExtorterView;

/** How the client calls the extorter, and a note; a colleague's change in between is detected, not overwritten. */
class DescribeDialog extends Dialog {

    /** An extorter as described, by the names the domain uses for them. */
    public record Description(String label, String notes) {
    }

    DescribeDialog(Long caseId, ExtorterView extorter, SextortionServices services, Runnable onSaved) {
        setHeaderTitle(getTranslation("sextortion.extorter.describe"));
        var label = new TextField(getTranslation("sextortion.extorter.label"));
        label.setHelperText(getTranslation("sextortion.extorter.label.help"));
        label.setWidthFull();
        var notes = new TextArea(getTranslation("sextortion.extorter.notes"));
        notes.setHelperText(getTranslation("sextortion.extorter.notes.help"));
        notes.setWidthFull();
        var form = new DomainForm<>(this, Description.class)
                .text("label", label, ExtorterService.MAX_LABEL)
                .text("notes", notes, ExtorterService.MAX_NOTES);
        form.read(new Description(extorter.label(), extorter.notes()));
        DialogActions.cancelAnd(this, new Button(getTranslation("action.save"), click -> form.submit(typed -> {
            services.extorters().describe(caseId, extorter.id(), extorter.version(), typed.label(), typed.notes());
            close();
            onSaved.run();
        })));
        var body = new VerticalLayout(label, notes);
        body.setPadding(false);
        body.setWidth("28rem");
        add(body);
    }
}
