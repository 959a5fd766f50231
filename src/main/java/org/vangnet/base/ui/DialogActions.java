package org.vangnet.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;

/** How a form dialog ends: "Cancel", which closes it, then its own action, the primary button. */
public final class DialogActions {

    private DialogActions() {
    }

    /** Adds Cancel and {@code action} (made the primary button) to the dialog's footer; returns {@code action}. */
    public static Button cancelAnd(Dialog dialog, Button action) {
        action.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), click -> dialog.close()), action);
        return action;
    }
}
