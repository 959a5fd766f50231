package org.vangnet.security.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vangnet.base.ui.LanguageSelect;
import org.vangnet.security.ReturnToPlace;
import org.vangnet.security.SetupService;

/**
 * Sign-in. Whatever went wrong (unknown name, wrong password, disabled account) the message is the
 * same, so the page reveals nothing about which accounts exist.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final LoginForm login = new LoginForm();

    LoginView(SetupService setupService) {
        addClassName("vn-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        var logo = VaadinIcon.SHIELD.create();
        logo.addClassName("vn-brand-logo");
        var title = new H1(getTranslation("app.name"));
        var tagline = new Paragraph(getTranslation("app.tagline"));
        tagline.addClassName("vn-login-tagline");
        var header = new Div(logo, title, tagline);
        header.addClassName("vn-login-header");

        login.setI18n(i18n());
        login.setAction("login");
        login.setForgotPasswordButtonVisible(false);

        var notice = new Paragraph(getTranslation("login.notice"));
        notice.addClassName("vn-login-notice");
        var language = new LanguageSelect(locale -> { });

        var card = new Div(header);
        if (VaadinService.getCurrentRequest() instanceof VaadinServletRequest request
                && ReturnToPlace.sessionEnded(request.getHttpServletRequest().getSession(false))) {
            // After a timeout, a restart or a node that died (decision 037): what happened, what was kept, what next.
            var ended = new Paragraph(getTranslation("login.session-ended"));
            ended.addClassName("vn-login-session-ended");
            ended.getElement().setAttribute("role", "status");
            card.add(ended);
        }
        card.add(login, notice, language);
        card.addClassName("vn-login-card");
        if (setupService.isSetupPending()) {
            card.add(new Anchor("setup", getTranslation("login.setup-link")));
        }
        add(card);
    }

    private LoginI18n i18n() {
        var i18n = LoginI18n.createDefault();
        var form = new LoginI18n.Form();
        form.setTitle(getTranslation("login.title"));
        form.setUsername(getTranslation("login.username"));
        form.setPassword(getTranslation("login.password"));
        form.setSubmit(getTranslation("login.submit"));
        form.setForgotPassword(getTranslation("login.forgot"));
        i18n.setForm(form);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("login.error.title"));
        error.setMessage(getTranslation("login.error.message"));
        error.setUsername(getTranslation("login.error.username"));
        error.setPassword(getTranslation("login.error.password"));
        i18n.setErrorMessage(error);
        return i18n;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            login.setError(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("login.title") + " · " + getTranslation("app.name");
    }
}
