package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.EmergencyAccessService;
import org.vangnet.security.ui.StepUpGuard;

/**
 * Break-the-glass (decision 022): a case outside one's scope, opened by its reference after saying
 * why. The step-up dialog may come over this one; what was typed stays.
 */
class EmergencyAccessDialog extends Dialog {

    /** Which case and why, by the names the domain uses for them. */
    public record Request(String reference, String reason) {
    }

    EmergencyAccessDialog(EmergencyAccessService emergency, StepUpGuard stepUp) {
        setHeaderTitle(getTranslation("emergency.title"));
        var reference = new TextField(getTranslation("emergency.reference"));
        reference.setMaxLength(20);
        reference.setWidthFull();
        reference.setAutofocus(true);
        var reason = new TextArea(getTranslation("emergency.reason"));
        reason.setHelperText(getTranslation("emergency.reason.help", emergency.minReasonLength()));
        reason.setWidthFull();
        // A case reference has a fixed, short form: the browser's limit cuts nothing anyone means to type.
        var form = new DomainForm<>(this, Request.class)
                .bind("reference", reference)
                .text("reason", reason, EmergencyAccessService.MAX_REASON);
        add(new Paragraph(getTranslation("emergency.intro")), reference, reason);
        var open = new Button(getTranslation("emergency.open"), click -> stepUp.run(() -> form.submit(request -> {
            Long opened = emergency.open(request.reference(), request.reason());
            close();
            CaseNavigation.toCase(opened);
        })));
        open.addThemeVariants(ButtonVariant.LUMO_ERROR);
        DialogActions.cancelAnd(this, open);
        setWidth("32rem");
    }
}
