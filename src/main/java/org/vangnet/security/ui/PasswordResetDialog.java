package org.vangnet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.PasswordPolicy;
import org.vangnet.security.UserAccountService;
import org.vangnet.security.UserSummary;

/** An administrator sets a new password for someone who lost theirs. */
class PasswordResetDialog extends Dialog {

    /** The new password, by the name the domain uses for it. */
    public record NewPassword(String password) {
    }

    PasswordResetDialog(UserAccountService accounts, StepUpGuard stepUp, UserSummary user) {
        setHeaderTitle(getTranslation("users.reset-password.title", user.displayName()));
        var password = new PasswordField(getTranslation("user.password.new"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        password.setWidthFull();
        add(new Paragraph(getTranslation("users.reset-password.text")), password);

        var reset = new DomainForm<>(this, NewPassword.class).bind("password", password);
        DialogActions.cancelAnd(this, new Button(getTranslation("users.reset-password"), click -> stepUp.run(
                () -> reset.submit(typed -> {
                    accounts.resetPassword(user.id(), typed.password());
                    FormErrors.notifySuccess(getTranslation("users.password-reset-done"));
                    close();
                }))));
    }
}
