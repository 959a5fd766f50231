package org.vangnet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import java.util.Map;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.PasswordPolicy;
import org.vangnet.security.UserAccountService;
import org.vangnet.security.UserSummary;

/** An administrator sets a new password for someone who lost theirs. */
class PasswordResetDialog extends Dialog {

    PasswordResetDialog(UserAccountService accounts, StepUpGuard stepUp, UserSummary user) {
        setHeaderTitle(getTranslation("users.reset-password.title", user.displayName()));
        var password = new PasswordField(getTranslation("user.password.new"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        add(new Paragraph(getTranslation("users.reset-password.text")), password);

        var save = new Button(getTranslation("users.reset-password"), click -> stepUp.run(() -> {
            try {
                accounts.resetPassword(user.id(), password.getValue());
                FormErrors.notifySuccess(getTranslation("users.password-reset-done"));
                close();
            } catch (DomainException e) {
                FormErrors.show(this, e, Map.of("password", password));
            }
        }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), save);
    }
}
