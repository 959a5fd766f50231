package org.vangnet.cases.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Map;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
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
        Map<String, HasValidation> fields = Map.of("waitingOn", waitingOn, "closingReason", reason);

        Runnable change = () -> {
            try {
                cases.changeStatus(details.id(), details.version(), target, waitingOn.getValue(), reason.getValue());
                close();
                onDone.run();
            } catch (DomainException e) {
                FormErrors.show(this, e, fields);
            }
        };
        var confirm = new Button(getTranslation("case.action.to." + target.name()), click -> {
            List<String> open = target == CaseStatus.CLOSED ? queries.openItems(details.id()) : List.of();
            if (open.isEmpty() || (target == CaseStatus.CLOSED && reason.getValue() == null)) {
                change.run();
            } else {
                confirmClosing(open, change);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), confirm);
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
