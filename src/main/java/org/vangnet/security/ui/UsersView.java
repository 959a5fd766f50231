package org.vangnet.security.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.Roles;
import org.vangnet.security.SecondFactorService;
import org.vangnet.security.SignInAddressLocks;
import org.vangnet.security.TeamService;
import org.vangnet.security.UserAccountService;
import org.vangnet.security.UserSessionService;
import org.vangnet.security.UserSummary;

/**
 * Administrators create accounts, set role and team, reset passwords, disable accounts, and let in
 * again an account or a client address that too many failed sign-ins locked, and end all of a user's sessions.
 */
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.users", order = 80, icon = "vaadin:users")
class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAccountService accounts;
    private final TeamService teams;
    private final SignInAddressLocks addressLocks;
    private final SecondFactorService secondFactors;
    private final StepUpGuard stepUp;
    private final UserSessionService sessions;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final TextField search = new TextField();

    UsersView(UserAccountService accounts, TeamService teams, SignInAddressLocks addressLocks,
              SecondFactorService secondFactors, StepUpGuard stepUp, UserSessionService sessions) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.stepUp = stepUp;
        this.secondFactors = secondFactors;
        this.teams = teams;
        this.addressLocks = addressLocks;
        setSizeFull();
        addClassName("vn-list-view");

        search.setPlaceholder(getTranslation("users.search"));
        search.setAriaLabel(getTranslation("users.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> grid.getDataProvider().refreshAll());

        var create = new Button(getTranslation("users.new"), VaadinIcon.PLUS.create(), click -> openCreate());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var blockedAddresses = new Button(getTranslation("users.address-locks"), VaadinIcon.LOCK.create(),
                click -> new AddressLocksDialog(addressLocks).open());
        var toolbar = new HorizontalLayout(search, blockedAddresses, create);
        toolbar.setWidthFull();
        toolbar.expand(search);

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("user.display-name"))
                .setSortProperty("displayName").setAutoWidth(true).setFlexGrow(2);
        grid.addColumn(UserSummary::username).setHeader(getTranslation("user.username"))
                .setSortProperty("username").setAutoWidth(true);
        grid.addColumn(u -> getTranslation(u.role().translationKey())).setHeader(getTranslation("user.role"))
                .setSortProperty("role").setAutoWidth(true);
        grid.addColumn(u -> u.teamName() == null ? "" : u.teamName()).setHeader(getTranslation("user.team"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::status).setKey("status").setHeader(getTranslation("user.status"))
                .setAutoWidth(true);
        grid.addColumn(u -> dateTime(u.lastLoginAt(), getLocale())).setHeader(getTranslation("user.last-login"))
                .setSortProperty("lastLoginAt").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setKey("actions").setHeader(getTranslation("users.actions"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.setItemsPageable(pageable -> accounts.find(search.getValue(), pageable).getContent(),
                pageable -> (int) accounts.count(search.getValue()));
    }

    private Component status(UserSummary user) {
        var badge = new Span(getTranslation(user.enabled() ? "user.status.active" : "user.status.disabled"));
        badge.addClassNames("vn-badge", user.enabled() ? "vn-badge-success" : "vn-badge-muted");
        if (!user.isSignInLocked()) {
            return badge;
        }
        var locked = new Span(getTranslation("user.status.locked", dateTime(user.signInLockedUntil(), getLocale())));
        locked.addClassNames("vn-badge", "vn-badge-error");
        var badges = new Span(badge, locked);
        badges.addClassName("vn-badges");
        return badges;
    }

    private Component actions(UserSummary user) {
        var edit = iconButton(VaadinIcon.EDIT, "users.edit", () -> openEdit(user));
        var password = iconButton(VaadinIcon.KEY, "users.reset-password", () -> openPasswordReset(user));
        var toggle = user.enabled()
                ? iconButton(VaadinIcon.BAN, "users.disable", () -> confirmDisable(user))
                : iconButton(VaadinIcon.CHECK_CIRCLE, "users.enable", () -> setEnabled(user, true));
        var factors = iconButton(VaadinIcon.MOBILE, "users.reset-second-factor", () -> confirmFactorReset(user));
        var signOut = iconButton(VaadinIcon.SIGN_OUT, "users.end-sessions", () -> confirmEndSessions(user));
        var actions = new HorizontalLayout(edit, password, factors, signOut, toggle);
        if (user.isSignInLocked()) {
            actions.add(iconButton(VaadinIcon.UNLOCK, "users.unlock", () -> unlock(user)));
        }
        actions.setSpacing(false);
        return actions;
    }

    private Button iconButton(VaadinIcon icon, String labelKey, Runnable action) {
        var button = new Button(icon.create(), click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ICON);
        button.setAriaLabel(getTranslation(labelKey));
        button.setTooltipText(getTranslation(labelKey));
        return button;
    }

    private void openCreate() {
        new UserDialog(accounts, teams, stepUp, null, this::refresh).open();
    }

    private void openEdit(UserSummary user) {
        new UserDialog(accounts, teams, stepUp, user, this::refresh).open();
    }

    private void openPasswordReset(UserSummary user) {
        new PasswordResetDialog(accounts, stepUp, user).open();
    }

    private void confirmDisable(UserSummary user) {
        confirm(user, "users.disable.confirm.title", "users.disable.confirm.text", "users.disable",
                () -> setEnabled(user, false));
    }

    private void confirmFactorReset(UserSummary user) {
        confirmGuarded(user, "users.reset-second-factor", () -> {
            secondFactors.reset(user.id());
            return getTranslation("users.second-factor-reset-done");
        });
    }

    /** After a lost phone, say: whoever is signed in as this user, on any device and node, must sign in again (decision 039). */
    private void confirmEndSessions(UserSummary user) {
        confirmGuarded(user, "users.end-sessions",
                () -> getTranslation("plural.sessions.ended", sessions.endAllOf(user.id())));
    }

    /** A question, then a change that needs a recent second factor (asked in place); what it did in a notification. */
    private void confirmGuarded(UserSummary user, String actionKey, Supplier<String> change) {
        confirm(user, actionKey + ".confirm.title", actionKey + ".confirm.text", actionKey, () -> stepUp.run(() -> {
            try {
                FormErrors.notifySuccess(change.get());
            } catch (DomainException error) {
                FormErrors.notifyError(getTranslation(error.messageKey(), error.arguments()));
            }
        }));
    }

    /** A question before a change that locks someone out. */
    private void confirm(UserSummary user, String titleKey, String textKey, String confirmKey, Runnable onConfirm) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(titleKey, user.displayName()));
        dialog.setText(getTranslation(textKey));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("action.cancel"));
        dialog.setConfirmText(getTranslation(confirmKey));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> onConfirm.run());
        dialog.open();
    }

    private void setEnabled(UserSummary user, boolean enabled) {
        stepUp.run(() -> changeEnabled(user, enabled));
    }

    private void changeEnabled(UserSummary user, boolean enabled) {
        try {
            accounts.setEnabled(user.id(), enabled);
            FormErrors.notifySuccess(getTranslation(enabled ? "users.enabled" : "users.disabled"));
            refresh();
        } catch (DomainException e) {
            FormErrors.notifyError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void unlock(UserSummary user) {
        stepUp.run(() -> liftLock(user));
    }

    private void liftLock(UserSummary user) {
        try {
            accounts.liftSignInLock(user.id());
            FormErrors.notifySuccess(getTranslation("users.unlocked", user.displayName()));
            refresh();
        } catch (DomainException e) {
            FormErrors.notifyError(getTranslation(e.messageKey(), e.arguments()));
        }
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.users");
    }
}
