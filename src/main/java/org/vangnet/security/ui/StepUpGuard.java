package org.vangnet.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.PasskeyRequest;
import org.vangnet.security.SecondFactorService;
import org.vangnet.security.StepUpRequiredException;

/**
 * Runs an action that may need a recent second factor (decision 021). When the service refuses it
 * for that reason, a dialog asks for a code in place, over the form the user filled in; once the
 * code (or passkey) is right the same action runs again, with everything they typed. Cancelling changes nothing.
 */
@Component
@NamedInterface("step-up")
public class StepUpGuard {

    /** A code from the authenticator app (or a recovery code), by the name the domain uses for it. */
    public record OneTimeCode(String code) {
    }

    private final SecondFactorService secondFactor;
    private final SecurityContextHolderStrategy securityContext;

    StepUpGuard(SecondFactorService secondFactor, SecurityContextHolderStrategy securityContext) {
        this.secondFactor = secondFactor;
        this.securityContext = securityContext;
    }

    public void run(Runnable action) {
        try {
            action.run();
        } catch (StepUpRequiredException e) {
            askForCode(action);
        }
    }

    private void askForCode(Runnable action) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(dialog.getTranslation("step-up.title"));
        var code = new TextField(dialog.getTranslation("second-factor.code"));
        code.setHelperText(dialog.getTranslation("second-factor.code.help"));
        code.getElement().setAttribute("autocomplete", "one-time-code");
        code.setMaxLength(40);
        code.setWidthFull();
        code.setAutofocus(true);
        dialog.add(new Paragraph(dialog.getTranslation("step-up.text")), code);
        var typedCode = new DomainForm<>(dialog, OneTimeCode.class).bind("code", code);
        var confirm = new Button(dialog.getTranslation("second-factor.verify"), click -> {
            Authentication[] confirmed = new Authentication[1];
            if (typedCode.submit(typed -> confirmed[0] = secondFactor.confirmAgain(typed.code()))) {
                store(securityContext, confirmed[0]);
                dialog.close();
                run(action);
            } else {
                code.clear();
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickShortcut(Key.ENTER);
        dialog.getFooter().add(new Button(dialog.getTranslation("action.cancel"), click -> dialog.close()));
        if (secondFactor.hasPasskey()) {
            dialog.getFooter().add(passkeyButton(dialog, action));
        }
        dialog.getFooter().add(confirm);
        dialog.open();
    }

    /** The same confirmation with a passkey (decision 018) instead of a typed code. */
    private Button passkeyButton(Dialog dialog, Runnable action) {
        return new Button(dialog.getTranslation("passkey.use"), VaadinIcon.KEY.create(), click -> {
            PasskeyRequest[] asked = new PasskeyRequest[1];
            if (!FormErrors.tryAction(dialog, () -> asked[0] = secondFactor.passkeyRequest())) {
                return;
            }
            PasskeyScripts.get(dialog, asked[0].optionsJson(), answer -> {
                Authentication[] confirmed = new Authentication[1];
                if (FormErrors.tryAction(dialog, () -> confirmed[0] = secondFactor.confirmAgainWithPasskey(asked[0], answer))) {
                    store(securityContext, confirmed[0]);
                    dialog.close();
                    run(action);
                }
            }, () -> FormErrors.notifyError(dialog.getTranslation("passkey.cancelled")));
        });
    }

    /** Puts the authentication where Spring Security reads it on this and every later request of the session. */
    static void store(SecurityContextHolderStrategy securityContext, Authentication authentication) {
        var context = securityContext.createEmptyContext();
        context.setAuthentication(authentication);
        securityContext.setContext(context);
        VaadinSession.getCurrent().getSession()
                .setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY, context);
    }
}
