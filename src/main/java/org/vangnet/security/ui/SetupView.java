package org.vangnet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.PasswordPolicy;
import org.vangnet.security.SetupService;

/**
 * First start on an empty database: whoever holds the one-time token from the server log creates
 * the first administrator here. Once an account exists, the page only sends people to sign in.
 */
@Route(value = "setup", autoLayout = false)
@AnonymousAllowed
public class SetupView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** The first administrator, by the names the domain uses for them (the repeat is checked here). */
    public record FirstAdministrator(String token, String username, String displayName, String password) {
    }

    private final DomainForm<FirstAdministrator> administrator = new DomainForm<>(this, FirstAdministrator.class);

    private final SetupService setupService;
    private final TextField token = new TextField();
    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();

    SetupView(SetupService setupService) {
        this.setupService = setupService;
        addClassName("vn-login");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        token.setLabel(getTranslation("setup.token"));
        token.setHelperText(getTranslation("setup.token.help"));
        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        displayName.setLabel(getTranslation("user.display-name"));
        password.setLabel(getTranslation("user.password"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);
        repeat.setLabel(getTranslation("user.password.repeat"));
        administrator.bind("token", token).bind("username", username).bind("displayName", displayName)
                .bind("password", password);

        var create = new Button(getTranslation("setup.create"), click -> create());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(token, username, displayName, password, repeat);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        var card = new Div(new H1(getTranslation("setup.title")), new Paragraph(getTranslation("setup.intro")),
                form, create);
        card.addClassName("vn-login-card");
        add(card);
    }

    private void create() {
        administrator.clear();
        repeat.setInvalid(false);
        if (!password.getValue().equals(repeat.getValue())) {
            repeat.setErrorMessage(getTranslation("validation.password.mismatch"));
            repeat.setInvalid(true);
            return;
        }
        administrator.submit(typed -> {
            setupService.createFirstAdministrator(typed.token(), typed.username(), typed.displayName(),
                    typed.password());
            FormErrors.notifySuccess(getTranslation("setup.done"));
            getUI().ifPresent(ui -> ui.navigate(LoginView.class));
        });
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!setupService.isSetupPending()) {
            event.forwardTo(LoginView.class);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("setup.title") + " · " + getTranslation("app.name");
    }
}
