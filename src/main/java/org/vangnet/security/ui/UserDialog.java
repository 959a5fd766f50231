package org.vangnet.security.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.StringLengthValidator;
import java.util.Map;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.NewAccount;
import org.vangnet.security.PasswordPolicy;
import org.vangnet.security.Role;
import org.vangnet.security.TeamService;
import org.vangnet.security.TeamSummary;
import org.vangnet.security.UserAccountService;
import org.vangnet.security.UserSummary;

/**
 * Creates an account, or edits name, role and team of an existing one. The domain has the last
 * word: what it refuses is shown next to the field, and the dialog stays open with the input.
 */
class UserDialog extends Dialog {

    private final StepUpGuard stepUp;

    private final UserAccountService accounts;
    private final UserSummary existing;
    private final Runnable onSaved;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Binder<UserFormData> binder = new Binder<>();

    UserDialog(UserAccountService accounts, TeamService teams, StepUpGuard stepUp, UserSummary existing, Runnable onSaved) {
        this.stepUp = stepUp;
        this.accounts = accounts;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("36rem");

        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        username.setMaxLength(NewAccount.MAX_USERNAME);
        username.setReadOnly(existing != null);
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setMaxLength(NewAccount.MAX_DISPLAY_NAME);
        role.setLabel(getTranslation("user.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation(r.translationKey()));
        team.setLabel(getTranslation("user.team"));
        team.setHelperText(getTranslation("user.team.help"));
        team.setItemLabelGenerator(TeamSummary::name);
        team.setItemsPageable((pageable, filter) -> teams.find(filter,
                PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("name"))).getContent());
        team.setClearButtonVisible(true);
        password.setLabel(getTranslation("user.password.initial"));
        password.setHelperText(getTranslation("user.password.help", PasswordPolicy.MIN_LENGTH));
        password.setMaxLength(PasswordPolicy.MAX_LENGTH);

        bind();
        var form = new FormLayout(username, displayName, role, team);
        if (existing == null) {
            form.add(password);
        }
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(form);

        var save = new Button(getTranslation("action.save"), click -> stepUp.run(this::save));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var cancel = new Button(getTranslation("action.cancel"), click -> close());
        getFooter().add(cancel, save);

        var data = new UserFormData();
        if (existing != null) {
            data.setUsername(existing.username());
            data.setDisplayName(existing.displayName());
            data.setRole(existing.role());
            data.setTeam(existing.teamId() == null ? null
                    : new TeamSummary(existing.teamId(), 0, existing.teamName(), 0));
        } else {
            data.setRole(Role.COUNSELLOR);
        }
        binder.readBean(data);
    }

    private void bind() {
        binder.forField(username).asRequired(getTranslation("validation.required"))
                .bind(UserFormData::getUsername, UserFormData::setUsername);
        binder.forField(displayName).asRequired(getTranslation("validation.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("validation.too-long", NewAccount.MAX_DISPLAY_NAME), 0,
                        NewAccount.MAX_DISPLAY_NAME))
                .bind(UserFormData::getDisplayName, UserFormData::setDisplayName);
        binder.forField(role).asRequired(getTranslation("validation.required"))
                .bind(UserFormData::getRole, UserFormData::setRole);
        binder.forField(team)
                .withValidator(value -> value != null || role.getValue() == null
                                || !role.getValue().requiresTeam(),
                        getTranslation("validation.user.team-required"))
                .bind(UserFormData::getTeam, UserFormData::setTeam);
        if (existing == null) {
            binder.forField(password).asRequired(getTranslation("validation.required"))
                    .withValidator(new StringLengthValidator(
                            getTranslation("validation.password.too-short", PasswordPolicy.MIN_LENGTH),
                            PasswordPolicy.MIN_LENGTH, PasswordPolicy.MAX_LENGTH))
                    .bind(UserFormData::getPassword, UserFormData::setPassword);
        }
        role.addValueChangeListener(e -> binder.validate());
    }

    private void save() {
        var data = new UserFormData();
        if (!binder.writeBeanIfValid(data)) {
            return;
        }
        Map<String, HasValidation> fields = Map.of("username", username, "displayName", displayName,
                "role", role, "team", team, "password", password);
        Long teamId = data.getTeam() == null ? null : data.getTeam().id();
        try {
            if (existing == null) {
                accounts.create(new NewAccount(data.getUsername(), data.getDisplayName(), data.getPassword(),
                        data.getRole(), teamId));
            } else {
                accounts.update(existing.id(), existing.version(), data.getDisplayName(), data.getRole(), teamId);
            }
            FormErrors.notifySuccess(getTranslation("users.saved"));
            onSaved.run();
            close();
        } catch (DomainException e) {
            FormErrors.show(this, e, fields);
        }
    }

    /** The form's own state; never a managed entity. */
    static final class UserFormData {
        private String username;
        private String displayName;
        private Role role;
        private TeamSummary team;
        private String password;

        String getUsername() {
            return username;
        }

        void setUsername(String username) {
            this.username = username;
        }

        String getDisplayName() {
            return displayName;
        }

        void setDisplayName(String displayName) {
            this.displayName = displayName;
        }

        Role getRole() {
            return role;
        }

        void setRole(Role role) {
            this.role = role;
        }

        TeamSummary getTeam() {
            return team;
        }

        void setTeam(TeamSummary team) {
            this.team = team;
        }

        String getPassword() {
            return password;
        }

        void setPassword(String password) {
            this.password = password;
        }
    }
}
