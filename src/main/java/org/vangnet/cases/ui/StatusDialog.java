package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.CaseQueries;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.ClosingReason;
import org.vangnet.cases.WaitingOn;

/**
 * Moves the case to a next status: a waiting case says for whom, a closed one why. Closing while
 * items are still open asks for confirmation first, naming them.
 */
class StatusDialog extends Dialog {

    /** What the move asks, by the names the domain uses for them; only the target's one is shown. */
    public record Move(WaitingOn waitingOn, ClosingReason closingReason) {
    }

    StatusDialog(CaseDetails details, CaseStatus target, CaseService cases, CaseQueries queries, Runnable onDone) {
        setHeaderTitle(getTranslation("case.action.to." + target.name()));
        var waitingOn = new Select<WaitingOn>();
        waitingOn.setLabel(getTranslation("case.waiting-on"));
        waitingOn.setItems(WaitingOn.values());
        waitingOn.setItemLabelGenerator(w -> getTranslation("case.waiting." + w.name()));
        var reason = new Select<ClosingReason>();
        reason.setLabel(getTranslation("case.closing-reason"));
        reason.setItems(ClosingReason.values());
        reason.setItemLabelGenerator(r -> getTranslation("case.closing." + r.name()));
        waitingOn.setVisible(target == CaseStatus.WAITING);
        reason.setVisible(target == CaseStatus.CLOSED);
        add(waitingOn, reason);
        if (target == CaseStatus.CLOSED) {
            // Said before anything happens, not discovered afterwards in the follow-ups tab.
            var consequence = new Paragraph(getTranslation("case.close.consequence"));
            consequence.addClassName("vn-muted");
            add(consequence);
        }
        var form = new DomainForm<>(this, Move.class).bind("waitingOn", waitingOn).bind("closingReason", reason);

        Runnable change = () -> form.submit(move -> {
            cases.changeStatus(details.id(), details.version(), target, move.waitingOn(), move.closingReason());
            close();
            onDone.run();
        });
        var confirm = new Button(getTranslation("case.action.to." + target.name()), click -> {
            List<String> open = target == CaseStatus.CLOSED ? queries.openItems(details.id()) : List.of();
            if (open.isEmpty() || (target == CaseStatus.CLOSED && reason.getValue() == null)) {
                change.run();
            } else {
                confirmClosing(open, change);
            }
        });
        DialogActions.cancelAnd(this, confirm);
    }

    private void confirmClosing(List<String> openItems, Runnable change) {
        var items = new UnorderedList();
        openItems.forEach(key -> items.add(new ListItem(getTranslation(key))));
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("plural.case.close.open-items.title", openItems.size()));
        var consequence = new Paragraph(getTranslation("case.close.consequence"));
        confirm.setText(new com.vaadin.flow.component.html.Div(items, consequence));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("case.close.open-items.confirm"));
        confirm.addConfirmListener(e -> change.run());
        confirm.open();
    }
}
