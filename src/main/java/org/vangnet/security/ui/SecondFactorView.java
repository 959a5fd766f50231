package org.vangnet.security.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.PasskeyRequest;
import org.vangnet.security.ReturnToPlace;
import org.vangnet.security.SecondFactorPending;
import org.vangnet.security.SecondFactorService;

/**
 * The second step of signing in (decision 020): a code from the authenticator app, a passkey
 * (decision 018) or a recovery code; or, at the first sign-in without a factor, adding the app and keeping the recovery codes.
 * Only a session half-way through signing in stays here; anyone else is sent on.
 */
@Route(value = SecondFactorView.ROUTE, autoLayout = false)
@PermitAll
public class SecondFactorView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ROUTE = "sign-in/second-factor";

    private final SecondFactorService secondFactor;
    private final SecurityContextHolderStrategy securityContext;
    private final AuthenticationContext authentication;
    private final Div card = new Div();

    SecondFactorView(SecondFactorService secondFactor, SecurityContextHolderStrategy securityContext,
                     AuthenticationContext authentication) {
        this.secondFactor = secondFactor;
        this.securityContext = securityContext;
        this.authentication = authentication;
        addClassName("vn-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        card.addClassNames("vn-login-card", "vn-second-factor");
        add(card);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var current = securityContext.getContext().getAuthentication();
        if (!(current instanceof SecondFactorPending)) {
            // Already through (a reload after the code), or never started: nothing to do here.
            event.forwardTo(current != null && current.isAuthenticated() ? "" : "login");
            return;
        }
        card.removeAll();
        if (secondFactor.needsEnrolment()) {
            showEnrolment(secondFactor.newEnrolment());
        } else {
            showCodeStep();
        }
    }

    private void showCodeStep() {
        var code = codeField("second-factor.code");
        code.setHelperText(getTranslation("second-factor.code.help"));
        var typedCode = new DomainForm<>(this, StepUpGuard.OneTimeCode.class).bind("code", code);
        var verify = primary("second-factor.verify", () -> {
            Authentication[] done = new Authentication[1];
            if (typedCode.submit(typed -> done[0] = secondFactor.verify(typed.code()))) {
                signedIn(done[0]);
            } else {
                code.clear();
                code.focus();
            }
        });
        card.add(header("second-factor.title", "second-factor.intro"), code, verify);
        if (secondFactor.hasPasskey()) {
            card.add(passkeyButton());
        }
        card.add(signOut());
    }

    /** The second step with a passkey instead of a code (decision 018): the browser asks, the server checks. */
    private Button passkeyButton() {
        var button = new Button(getTranslation("passkey.sign-in"), VaadinIcon.KEY.create());
        button.setWidthFull();
        button.addClickListener(click -> {
            PasskeyRequest[] asked = new PasskeyRequest[1];
            if (!FormErrors.tryAction(this, () -> asked[0] = secondFactor.passkeyRequest())) {
                return;
            }
            var request = asked[0];
            button.setEnabled(false);
            PasskeyScripts.get(this, request.optionsJson(), answer -> {
                button.setEnabled(true);
                Authentication[] done = new Authentication[1];
                if (FormErrors.tryAction(this, () -> done[0] = secondFactor.verifyPasskey(request, answer))) {
                    signedIn(done[0]);
                }
            }, () -> {
                button.setEnabled(true);
                FormErrors.notifyError(getTranslation("passkey.cancelled"));
            });
        });
        return button;
    }

    private void showEnrolment(SecondFactorService.Enrolment enrolment) {
        var steps = new UnorderedList(
                new ListItem(getTranslation("second-factor.enrol.step-app")),
                new ListItem(getTranslation("second-factor.enrol.step-add")),
                new ListItem(getTranslation("second-factor.enrol.step-code")));
        var secret = new Span(enrolment.groupedSecret());
        secret.addClassName("vn-secret");
        secret.getElement().setAttribute("aria-label", getTranslation("second-factor.enrol.secret"));
        var link = new Anchor();
        link.setText(getTranslation("second-factor.enrol.open-app"));
        // Set on the element: Anchor.setHref refuses schemes it does not know, and otpauth: is what the apps open.
        link.getElement().setAttribute("href", enrolment.uri());
        var code = codeField("second-factor.code.app");
        var typedCode = new DomainForm<>(this, StepUpGuard.OneTimeCode.class).bind("code", code);
        var confirm = primary("second-factor.enrol.confirm", () -> {
            SecondFactorService.Enrolled[] done = new SecondFactorService.Enrolled[1];
            if (typedCode.submit(typed -> done[0] = secondFactor.enrol(enrolment, typed.code()))) {
                showRecoveryCodes(done[0]);
            } else {
                code.clear();
                code.focus();
            }
        });
        card.add(header("second-factor.enrol.title", "second-factor.enrol.intro"), steps,
                labelled("second-factor.enrol.secret", secret), link, code, confirm, signOut());
    }

    /** Shown once: the codes are stored only as hashes. The sign-in is complete; the button goes on. */
    private void showRecoveryCodes(SecondFactorService.Enrolled enrolled) {
        storeInSession(enrolled.signedIn());
        card.removeAll();
        var list = new UnorderedList();
        list.addClassName("vn-recovery-codes");
        enrolled.recoveryCodes().forEach(c -> list.add(new ListItem(c)));
        var done = primary("second-factor.recovery.saved", () -> UI.getCurrent().getPage().setLocation(placeToReturnTo()));
        card.add(header("second-factor.recovery.title", "second-factor.recovery.intro"), list, done);
    }


    private void signedIn(Authentication signedIn) {
        storeInSession(signedIn);
        UI.getCurrent().getPage().setLocation(placeToReturnTo());
    }

    /** The page the user was sent to sign in from (after a lost session, say), or the start page. */
    private static String placeToReturnTo() {
        var session = VaadinService.getCurrentRequest() instanceof VaadinServletRequest request
                ? request.getHttpServletRequest().getSession(false) : null;
        return "./" + ReturnToPlace.take(session).orElse("");
    }

    /**
     * The completed sign-in goes into the HTTP session, under a new id (as after the password), where
     * Spring Security reads it on every later request.
     */
    private void storeInSession(Authentication signedIn) {
        if (VaadinService.getCurrentRequest() instanceof VaadinServletRequest request) {
            request.getHttpServletRequest().changeSessionId();
        }
        StepUpGuard.store(securityContext, signedIn);
    }

    private Div header(String titleKey, String introKey) {
        var logo = VaadinIcon.SHIELD.create();
        logo.addClassName("vn-brand-logo");
        var header = new Div(logo, new H1(getTranslation(titleKey)), new Paragraph(getTranslation(introKey)));
        header.addClassName("vn-login-header");
        return header;
    }

    private Div labelled(String labelKey, Span value) {
        var label = new Span(getTranslation(labelKey));
        label.addClassName("vn-secret-label");
        return new Div(label, value);
    }

    private TextField codeField(String labelKey) {
        var code = new TextField(getTranslation(labelKey));
        code.setWidthFull();
        code.setMaxLength(40);
        code.setAutofocus(true);
        code.getElement().setAttribute("autocomplete", "one-time-code");
        return code;
    }

    private Button primary(String labelKey, Runnable action) {
        var button = new Button(getTranslation(labelKey), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickShortcut(Key.ENTER);
        button.setWidthFull();
        return button;
    }

    private Button signOut() {
        var button = new Button(getTranslation("shell.logout"), click -> authentication.logout());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        return button;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("second-factor.title") + " · " + getTranslation("app.name");
    }
}
