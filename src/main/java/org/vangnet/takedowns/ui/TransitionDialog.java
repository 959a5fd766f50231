package org.vangnet.takedowns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.takedowns.TakedownService;
import org.vangnet.takedowns.TakedownStatus;

/** Moves a request to a next status, with the platform's ticket number and decision text when there are any. */
class TransitionDialog extends Dialog {

    interface Move {
        void apply(String ticket, String decision);
    }

    /** What the platform answered, by the names the domain uses for them. */
    public record Answer(String ticket, String decision) {
    }

    /** Escalating to the institute needs a recent second factor: {@code stepUp} asks for it in place (decision 021). */
    TransitionDialog(TakedownStatus target, String currentTicket, Move move, StepUpGuard stepUp, Runnable onDone) {
        setHeaderTitle(getTranslation("takedown.do." + target.name()));
        var ticket = new TextField(getTranslation("takedown.ticket"));
        ticket.setWidthFull();
        var decision = new TextArea(getTranslation("takedown.decision"));
        decision.setHelperText(getTranslation("takedown.decision.help"));
        decision.setWidthFull();
        decision.setVisible(target.isDecision() || target == TakedownStatus.INFO_REQUESTED);
        if (target == TakedownStatus.SUBMITTED) {
            var nudge = new Paragraph(getTranslation("takedown.submit.nudge"));
            nudge.addClassName("vn-muted");
            add(nudge);
        }
        add(ticket, decision);
        setWidth("32rem");
        var form = new DomainForm<>(this, Answer.class)
                .text("ticket", ticket, TakedownService.MAX_TICKET)
                .text("decision", decision, TakedownService.MAX_DECISION);
        form.read(new Answer(currentTicket, null));
        DialogActions.cancelAnd(this, new Button(getTranslation("takedown.do." + target.name()),
                click -> stepUp.run(() -> form.submit(answer -> {
                    move.apply(answer.ticket(), answer.decision());
                    close();
                    onDone.run();
                }))));
    }
}
