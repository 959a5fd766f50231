package org.vangnet.cases.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.CaseErasureService;
import org.vangnet.cases.PseudonymisationReason;

/**
 * Erasure on request: says what goes and what stays, names what is still open on the case, and
 * needs a reason and the case's reference typed in before it erases, because nothing brings the
 * data back.
 */
class EraseDialog extends Dialog {

    /** Why the case is erased, by the name the domain uses (the typed reference is this dialog's own check). */
    public record Erasure(PseudonymisationReason reason) {
    }

    EraseDialog(CaseDetails details, List<String> openItems, CaseErasureService erasure, StepUpGuard stepUp,
                Runnable onDone) {
        setHeaderTitle(getTranslation("case.erase.title", details.reference()));
        setWidth("min(36rem, 95vw)");
        add(new Paragraph(getTranslation("case.erase.explanation")));
        if (!openItems.isEmpty()) {
            var open = new UnorderedList();
            openItems.forEach(key -> open.add(new ListItem(getTranslation(key))));
            add(new Paragraph(getTranslation("case.erase.open-items")), open);
        }
        var reason = new Select<PseudonymisationReason>();
        reason.setLabel(getTranslation("case.erase.reason"));
        reason.setItems(PseudonymisationReason.onRequest());
        reason.setItemLabelGenerator(r -> getTranslation("case.pseudonymisation.reason." + r.name()));
        reason.setRequiredIndicatorVisible(true);
        reason.setWidthFull();
        var confirmation = new TextField(getTranslation("case.erase.type-reference", details.reference()));
        confirmation.setRequiredIndicatorVisible(true);
        confirmation.setWidthFull();
        add(reason, confirmation);
        var form = new DomainForm<>(this, Erasure.class).bind("reason", reason);

        var erase = new Button(getTranslation("case.erase.action"), click -> stepUp.run(() -> {
            form.clear();
            confirmation.setInvalid(false);
            if (!details.reference().equalsIgnoreCase(confirmation.getValue().strip())) {
                confirmation.setErrorMessage(getTranslation("case.erase.reference-mismatch"));
                confirmation.setInvalid(true);
                return;
            }
            form.submit(typed -> {
                erasure.erase(details.id(), details.version(), typed.reason());
                FormErrors.notifySuccess(getTranslation("case.erase.done"));
                close();
                onDone.run();
            });
        }));
        erase.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), erase);
    }
}
