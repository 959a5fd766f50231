package org.vangnet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Objects;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.base.ui.Formats;
import org.vangnet.security.Passkey;
import org.vangnet.security.PasskeyRegistration;
import org.vangnet.security.PasskeyService;
import org.vangnet.security.PasswordPolicy;
import org.vangnet.security.SecondFactorService;
import org.vangnet.security.UserAccountService;
import org.vangnet.security.UserSession;
import org.vangnet.security.UserSessionService;

/**
 * Everyone changes their own password here, their reminder address, renews their recovery codes, keeps their
 * passkeys, and sees where they are signed in, ending the sessions they do not want open.
 */
@Route("account")
@PermitAll
@Menu(title = "menu.account", order = 90, icon = "vaadin:user")
class AccountView extends VerticalLayout implements HasDynamicTitle {

    /** A change of one's own password, by the names the domain uses for them (the repeat is checked here). */
    public record PasswordChange(String currentPassword, String newPassword) {
    }

    /** Where reminders go, by the name the domain uses for it. */
    public record ReminderAddress(String email) {
    }

    /** What a new passkey is called, by the name the domain uses for it. */
    public record PasskeyName(String label) {
    }

    private final PasskeyService passkeys;
    private final StepUpGuard stepUp;
    private final UserSessionService sessions;
    private final Div passkeyList = new Div();
    private final Div sessionList = new Div();

    AccountView(UserAccountService accounts, SecondFactorService secondFactors, PasskeyService passkeys, StepUpGuard stepUp,
                UserSessionService sessions) {
        this.passkeys = passkeys;
        this.stepUp = stepUp;
        this.sessions = sessions;
        var current = new PasswordField(getTranslation("account.current-password"));
        var fresh = new PasswordField(getTranslation("user.password.new"));
        fresh.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        fresh.setMaxLength(PasswordPolicy.MAX_LENGTH);
        var repeat = new PasswordField(getTranslation("user.password.repeat"));
        var change = new DomainForm<>(this, PasswordChange.class)
                .bind("currentPassword", current)
                .bind("newPassword", fresh);

        var save = new Button(getTranslation("account.change-password"), click -> {
            change.clear();
            repeat.setInvalid(false);
            if (!fresh.getValue().equals(repeat.getValue())) {
                repeat.setErrorMessage(getTranslation("validation.password.mismatch"));
                repeat.setInvalid(true);
                return;
            }
            change.submit(typed -> {
                accounts.changeOwnPassword(typed.currentPassword(), typed.newPassword());
                current.clear();
                fresh.clear();
                repeat.clear();
                FormErrors.notifySuccess(getTranslation("account.password-changed"));
            });
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
        var reminders = new DomainForm<>(this, ReminderAddress.class).bind("email", email);
        var saveEmail = new Button(getTranslation("action.save"), click -> reminders.submit(typed -> {
            accounts.changeOwnEmail(typed.email());
            FormErrors.notifySuccess(getTranslation("account.email.saved"));
        }));
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
        addPasskeySection();
        sessionList.addClassName("vn-sessions");
        add(new H2(getTranslation("sessions.title")), new Paragraph(getTranslation("sessions.intro")), sessionList);
        showSessions();
    }

    /** Where the user is signed in (decision 039): each other session can be ended, or all of them at once. */
    private void showSessions() {
        sessionList.removeAll();
        var list = new UnorderedList();
        var open = sessions.own();
        for (UserSession session : open) {
            String browser = session.browser().isEmpty() ? getTranslation("sessions.unknown-browser") : session.browser();
            var item = new ListItem(new Span(getTranslation("sessions.item", browser,
                    Formats.shortDateTime(session.started(), getLocale()),
                    Formats.shortDateTime(session.lastSeen(), getLocale()))));
            if (session.current()) {
                var marker = new Span(getTranslation("sessions.current"));
                marker.addClassNames("vn-badge", "vn-badge-success");
                item.add(marker);
            } else {
                var end = new Button(getTranslation("sessions.end"), click -> {
                    if (FormErrors.tryAction(this, () -> sessions.endOwn(session.id()))) {
                        FormErrors.notifySuccess(getTranslation("sessions.ended-one"));
                    }
                    showSessions();
                });
                end.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
                end.getElement().setAttribute("aria-label", getTranslation("sessions.end.named", browser));
                item.add(end);
            }
            list.add(item);
        }
        sessionList.add(list);
        if (open.stream().anyMatch(session -> !session.current())) {
            var endOthers = new Button(getTranslation("sessions.end-others"), VaadinIcon.SIGN_OUT.create(), click -> {
                FormErrors.notifySuccess(getTranslation("plural.sessions.ended", sessions.endOthers()));
                showSessions();
            });
            endOthers.addThemeVariants(ButtonVariant.LUMO_ERROR);
            sessionList.add(endOthers);
        }
    }

    /** Passkeys (decision 018): listed with when they were last used, added with a name, removed. */
    private void addPasskeySection() {
        var label = new TextField(getTranslation("passkey.label"));
        label.setHelperText(getTranslation("passkey.label.help"));
        label.setWidth("28rem");
        var named = new DomainForm<>(this, PasskeyName.class).text("label", label, PasskeyService.MAX_LABEL);
        var add = new Button(getTranslation("passkey.add"), VaadinIcon.KEY.create());
        add.addClickListener(click -> stepUp.run(() -> {
            PasskeyRegistration[] started = new PasskeyRegistration[1];
            if (!named.submit(typed -> started[0] = passkeys.startRegistration(typed.label()))) {
                return;
            }
            PasskeyScripts.create(this, started[0].optionsJson(), answer -> stepUp.run(() -> {
                if (named.submit(typed -> passkeys.register(started[0], answer, typed.label()))) {
                    label.clear();
                    showPasskeys();
                    FormErrors.notifySuccess(getTranslation("passkey.added"));
                }
            }), () -> FormErrors.notifyError(getTranslation("passkey.cancelled")));
        }));
        passkeyList.addClassName("vn-passkeys");
        add(new H2(getTranslation("passkey.title")), new Paragraph(getTranslation("passkey.intro")), passkeyList, label, add);
        showPasskeys();
    }

    private void showPasskeys() {
        passkeyList.removeAll();
        var own = passkeys.own();
        if (own.isEmpty()) {
            passkeyList.add(new Paragraph(getTranslation("passkey.none")));
            return;
        }
        var list = new UnorderedList();
        for (Passkey passkey : own) {
            var remove = new Button(getTranslation("passkey.remove"), click -> {
                if (FormErrors.tryAction(this, () -> passkeys.remove(passkey.id()))) {
                    showPasskeys();
                }
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.getElement().setAttribute("aria-label", getTranslation("passkey.remove.named", passkey.label()));
            list.add(new ListItem(new Span(getTranslation("passkey.item", passkey.label(),
                    Formats.shortDateTime(passkey.created(), getLocale()),
                    Formats.shortDateTime(passkey.lastUsed(), getLocale()))), remove));
        }
        passkeyList.add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.account");
    }
}
