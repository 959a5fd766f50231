package org.vangnet.takedowns.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import org.vangnet.base.domain.DomainException;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.takedowns.TakedownStatus;

/** Moves a request to a next status, with the platform's ticket number and decision text when there are any. */
class TransitionDialog extends Dialog {

    interface Move {
        void apply(String ticket, String decision);
    }

    /** Escalating to the institute needs a recent second factor: {@code stepUp} asks for it in place (decision 021). */
    TransitionDialog(TakedownStatus target, String currentTicket, Move move, StepUpGuard stepUp, Runnable onDone) {
        setHeaderTitle(getTranslation("takedown.do." + target.name()));
        var ticket = new TextField(getTranslation("takedown.ticket"));
        ticket.setValue(currentTicket == null ? "" : currentTicket);
        ticket.setMaxLength(100);
        ticket.setWidthFull();
        var decision = new TextArea(getTranslation("takedown.decision"));
        decision.setHelperText(getTranslation("takedown.decision.help"));
        decision.setMaxLength(2000);
        decision.setWidthFull();
        decision.setVisible(target.isDecision() || target == TakedownStatus.INFO_REQUESTED);
        if (target == TakedownStatus.SUBMITTED) {
            var nudge = new Paragraph(getTranslation("takedown.submit.nudge"));
            nudge.addClassName("vn-muted");
            add(nudge);
        }
        add(ticket, decision);
        setWidth("32rem");
        Map<String, HasValidation> fields = Map.of("ticket", ticket, "decision", decision);
        var ok = new Button(getTranslation("takedown.do." + target.name()), click -> stepUp.run(() -> {
            try {
                move.apply(ticket.getValue(), decision.getValue());
                close();
                onDone.run();
            } catch (DomainException e) {
                FormErrors.show(this, e, fields);
            }
        }));
        ok.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), ok);
    }
}
