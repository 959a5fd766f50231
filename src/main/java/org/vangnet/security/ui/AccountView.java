package org.vangnet.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Map;
import java.util.Objects;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.PasswordPolicy;
import org.vangnet.security.SecondFactorService;
import org.vangnet.security.UserAccountService;

/** Everyone changes their own password here, their reminder address, and renews their recovery codes. */
@Route("account")
@PermitAll
@Menu(title = "menu.account", order = 90, icon = "vaadin:user")
class AccountView extends VerticalLayout implements HasDynamicTitle {

    AccountView(UserAccountService accounts, SecondFactorService secondFactors) {
        var current = new PasswordField(getTranslation("account.current-password"));
        var fresh = new PasswordField(getTranslation("user.password.new"));
        fresh.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        var repeat = new PasswordField(getTranslation("user.password.repeat"));
        Map<String, HasValidation> fields = Map.of("currentPassword", current, "newPassword", fresh);

        var save = new Button(getTranslation("account.change-password"), click -> {
            FormErrors.clear(fields);
            repeat.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("validation.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            try {
                accounts.changeOwnPassword(current.getValue(), fresh.getValue());
                current.clear();
                fresh.clear();
                repeat.clear();
                FormErrors.notifySuccess(getTranslation("account.password-changed"));
            } catch (DomainException e) {
                FormErrors.show(this, e, fields);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(current, fresh, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setMaxWidth("28rem");
        add(new H2(getTranslation("account.change-password")), form, save);

        var email = new TextField(getTranslation("account.email"));
        email.setHelperText(getTranslation("account.email.help"));
        email.setValue(Objects.requireNonNullElse(accounts.ownEmail(), ""));
        email.setWidth("28rem");
        var saveEmail = new Button(getTranslation("action.save"), click -> {
            email.setInvalid(false);
            try {
                accounts.changeOwnEmail(email.getValue());
                FormErrors.notifySuccess(getTranslation("account.email.saved"));
            } catch (DomainException e) {
                FormErrors.show(this, e, Map.of("email", email));
            }
        });
        add(new H2(getTranslation("account.reminders")), email, saveEmail);

        var left = new Paragraph(getTranslation("account.recovery-codes.left", secondFactors.unusedRecoveryCodes()));
        var codes = new UnorderedList();
        codes.addClassName("vn-recovery-codes");
        var renew = new Button(getTranslation("account.recovery-codes.renew"), click -> {
            codes.removeAll();
            secondFactors.renewOwnRecoveryCodes().forEach(code -> codes.add(new ListItem(code)));
            left.setText(getTranslation("account.recovery-codes.renewed"));
        });
        add(new H2(getTranslation("account.recovery-codes")), left, renew, codes);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.account");
    }
}
