package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.EmergencyAccessService;
import org.vangnet.security.ui.StepUpGuard;

/**
 * Break-the-glass (decision 022): a case outside one's scope, opened by its reference after saying
 * why. The step-up dialog may come over this one; what was typed stays.
 */
class EmergencyAccessDialog extends Dialog {

    EmergencyAccessDialog(EmergencyAccessService emergency, StepUpGuard stepUp) {
        setHeaderTitle(getTranslation("emergency.title"));
        var reference = new TextField(getTranslation("emergency.reference"));
        reference.setMaxLength(20);
        reference.setWidthFull();
        reference.setAutofocus(true);
        var reason = new TextArea(getTranslation("emergency.reason"));
        reason.setHelperText(getTranslation("emergency.reason.help", emergency.minReasonLength()));
        reason.setMaxLength(EmergencyAccessService.MAX_REASON);
        reason.setWidthFull();
        add(new Paragraph(getTranslation("emergency.intro")), reference, reason);
        var open = new Button(getTranslation("emergency.open"), click -> stepUp.run(() -> {
            Long[] opened = new Long[1];
            if (FormErrors.tryChange(this, Map.of("reference", reference, "reason", reason),
                    () -> opened[0] = emergency.open(reference.getValue(), reason.getValue()))) {
                close();
                CaseNavigation.toCase(opened[0]);
            }
        }));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), open);
        setWidth("32rem");
    }
}
