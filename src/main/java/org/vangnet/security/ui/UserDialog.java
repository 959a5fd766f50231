package org.vangnet.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.vangnet.base.ui.DialogActions;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.security.NewAccount;
import org.vangnet.security.PasswordPolicy;
import org.vangnet.security.Role;
import org.vangnet.security.TeamService;
import org.vangnet.security.TeamSummary;
import org.vangnet.security.UserAccountService;
import org.vangnet.security.UserSummary;

/**
 * Creates an account, or edits name, role and team of an existing one. The domain is the only judge
 * (decision 042): what it refuses is shown next to the field, every broken rule at once, and the
 * dialog stays open with the input.
 */
class UserDialog extends Dialog {

    /** What the dialog holds, named as the domain names the fields in its refusals. */
    public record Account(String username, String displayName, Role role, TeamSummary team, String password) {
    }

    private final UserAccountService accounts;
    private final UserSummary existing;
    private final Runnable onSaved;

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final Select<Role> role = new Select<>();
    private final ComboBox<TeamSummary> team = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final DomainForm<Account> form;

    UserDialog(UserAccountService accounts, TeamService teams, StepUpGuard stepUp, UserSummary existing, Runnable onSaved) {
        this.accounts = accounts;
        this.existing = existing;
        this.onSaved = onSaved;
        setHeaderTitle(getTranslation(existing == null ? "users.new" : "users.edit"));
        setWidth("36rem");

        username.setLabel(getTranslation("user.username"));
        username.setHelperText(getTranslation("user.username.help"));
        username.setReadOnly(existing != null);
        displayName.setLabel(getTranslation("user.display-name"));
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

        form = new DomainForm<>(this, Account.class)
                .text("username", username, NewAccount.MAX_USERNAME)
                .text("displayName", displayName, NewAccount.MAX_DISPLAY_NAME)
                .bind("role", role)
                .bind("team", team);
        var fields = new FormLayout(username, displayName, role, team);
        if (existing == null) {
            form.bind("password", password);
            fields.add(password);
        } else {
            form.fixed("password", null);
        }
        fields.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("30rem", 2));
        add(fields);

        DialogActions.cancelAnd(this, new Button(getTranslation("action.save"), click -> stepUp.run(this::save)));
        form.read(existing == null ? new Account(null, null, Role.COUNSELLOR, null, null)
                : new Account(existing.username(), existing.displayName(), existing.role(),
                        existing.teamId() == null ? null : new TeamSummary(existing.teamId(), 0, existing.teamName(), 0),
                        null));
    }

    private void save() {
        boolean saved = form.submit(account -> {
            Long teamId = account.team() == null ? null : account.team().id();
            if (existing == null) {
                accounts.create(new NewAccount(account.username(), account.displayName(), account.password(),
                        account.role(), teamId));
            } else {
                accounts.update(existing.id(), existing.version(), account.displayName(), account.role(), teamId);
            }
        });
        if (saved) {
            FormErrors.notifySuccess(getTranslation("users.saved"));
            onSaved.run();
            close();
        }
    }
}
