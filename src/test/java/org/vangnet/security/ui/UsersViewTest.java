package org.vangnet.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.junit.jupiter.api.Test;
import org.vangnet.security.AddressLock;
import org.vangnet.security.DemoSecondFactor;
import org.vangnet.security.SecondFactorService;
import org.vangnet.security.NewAccount;
import org.vangnet.security.Role;
import org.vangnet.security.UserAccountService;
import org.vangnet.security.TeamSummary;
import org.vangnet.security.UserSummary;
import org.vangnet.testsupport.BrowserlessViewTest;

/** An administrator manages accounts on the users screen, in Dutch. */
class UsersViewTest extends BrowserlessViewTest {

    @Autowired
    UserAccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;
    @Autowired
    org.springframework.security.core.userdetails.UserDetailsService userDetailsService;
    @Autowired
    org.springframework.security.core.context.SecurityContextHolderStrategy securityContext;

    @BeforeEach
    void signIn() {
        signInAs("admin");
    }

    @Test
    void anAdministratorCreatesACounsellorAndFindsItInTheList() {
        var view = navigate(UsersView.class);
        test(find(Button.class).withText("Nieuwe gebruiker").single()).click();
        var dialog = find(Dialog.class).single();

        test(find(TextField.class, dialog).withCaption("Gebruikersnaam").single()).setValue("emma.view");
        test(find(TextField.class, dialog).withCaption("Naam").single()).setValue("Emma Vandenberghe");
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class, dialog).single();
        role.setValue(Role.COUNSELLOR);
        @SuppressWarnings("unchecked")
        ComboBox<TeamSummary> team = find(ComboBox.class, dialog).single();
        team.setValue(team.getLazyDataView().getItems().filter(t -> t.name().equals("Team Gent")).findFirst()
                .orElseThrow());
        test(find(PasswordField.class, dialog).single()).setValue("een zin van vier woorden");
        test(find(Button.class, dialog).withText("Opslaan").single()).click();

        assertThat(dialog.isOpened()).isFalse();
        var search = find(TextField.class, view).withPropertyValue(TextField::getPlaceholder,
                "Zoek op naam of gebruikersnaam").single();
        test(search).setValue("emma");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class, view).single();
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getRow(0).username()).isEqualTo("emma.view");
        assertThat(test(grid).getRow(0).role()).isEqualTo(Role.COUNSELLOR);
    }

    @Test
    void withoutARecentFactorTheSaveAsksForACodeInPlaceAndThenGoesOnWithTheInput() {
        signInWithFactorGiven(Duration.ofMinutes(6));
        jdbc.update("update user_totp set last_used_step = null where user_id = (select id from app_user where username = 'admin')");
        navigate(UsersView.class);
        test(find(Button.class).withText("Nieuwe gebruiker").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withCaption("Gebruikersnaam").single()).setValue("stap.view");
        test(find(TextField.class, dialog).withCaption("Naam").single()).setValue("Stap Omhoog");
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class, dialog).single();
        role.setValue(Role.INSTITUTE_STAFF);
        test(find(PasswordField.class, dialog).single()).setValue("een zin van vier woorden");

        test(find(Button.class, dialog).withText("Opslaan").single()).click();

        assertThat(jdbc.queryForObject("select count(*) from app_user where username = 'stap.view'", Long.class)).isZero();
        var stepUp = find(Dialog.class).all().stream().filter(d -> d != dialog).findFirst().orElseThrow();
        assertThat(stepUp.getHeaderTitle()).isEqualTo("Bevestig dat jij het bent");
        test(find(TextField.class, stepUp).withCaption("Code").single())
                .setValue(DemoSecondFactor.codeAt(clock.instant()));
        test(find(Button.class, stepUp).withText("Bevestigen").single()).click();

        assertThat(stepUp.isOpened()).isFalse();
        assertThat(dialog.isOpened()).isFalse();
        assertThat(jdbc.queryForObject("select display_name from app_user where username = 'stap.view'", String.class))
                .isEqualTo("Stap Omhoog");
    }

    /** Signed in as admin with the second factor given that long ago. */
    private void signInWithFactorGiven(Duration ago) {
        var admin = userDetailsService.loadUserByUsername("admin");
        var authorities = new java.util.ArrayList<org.springframework.security.core.GrantedAuthority>(admin.getAuthorities());
        authorities.add(org.springframework.security.core.authority.FactorGrantedAuthority
                .withAuthority(SecondFactorService.TOTP_AUTHORITY).issuedAt(clock.instant().minus(ago)).build());
        var context = securityContext.createEmptyContext();
        context.setAuthentication(org.springframework.security.authentication.UsernamePasswordAuthenticationToken
                .authenticated(admin, null, authorities));
        securityContext.setContext(context);
        com.vaadin.flow.server.VaadinSession.getCurrent().getSession().setAttribute(
                org.springframework.security.web.context.HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
                context);
    }

    @Test
    void aTooShortPasswordIsShownNextToTheFieldAndTheDialogKeepsTheInput() {
        navigate(UsersView.class);
        test(find(Button.class).withText("Nieuwe gebruiker").single()).click();
        var dialog = find(Dialog.class).single();
        test(find(TextField.class, dialog).withCaption("Gebruikersnaam").single()).setValue("kort.wachtwoord");
        test(find(TextField.class, dialog).withCaption("Naam").single()).setValue("Kort Wachtwoord");
        @SuppressWarnings("unchecked")
        Select<Role> role = find(Select.class, dialog).single();
        role.setValue(Role.INSTITUTE_STAFF);
        var password = find(PasswordField.class, dialog).single();
        test(password).setValue("te kort");

        test(find(Button.class, dialog).withText("Opslaan").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens lang zijn.");
        assertThat(find(TextField.class, dialog).withCaption("Gebruikersnaam").single().getValue())
                .isEqualTo("kort.wachtwoord");
    }

    @Test
    void aNewUserSentEmptySaysEverythingThatIsMissingAtOnceNextToEachField() {
        navigate(UsersView.class);
        test(find(Button.class).withText("Nieuwe gebruiker").single()).click();
        var dialog = find(Dialog.class).single();

        test(find(Button.class, dialog).withText("Opslaan").single()).click();

        assertThat(dialog.isOpened()).isTrue();
        var username = find(TextField.class, dialog).withCaption("Gebruikersnaam").single();
        var name = find(TextField.class, dialog).withCaption("Naam").single();
        @SuppressWarnings("unchecked")
        ComboBox<TeamSummary> team = find(ComboBox.class, dialog).single();
        var password = find(PasswordField.class, dialog).single();
        assertThat(List.of(username.isInvalid(), name.isInvalid(), team.isInvalid(), password.isInvalid()))
                .containsOnly(true);
        assertThat(team.getErrorMessage()).isEqualTo("Kies een team: vertrouwenspersonen en supervisors horen bij een team.");
        assertThat(password.getErrorMessage()).isEqualTo("Het wachtwoord moet minstens 12 tekens lang zijn.");
    }

    @Test
    void anAdministratorSeesAnAccountLockedByFailedSignInsAndLiftsTheLock() {
        Long teamId = jdbc.queryForObject("select id from team where name = 'Team Gent'", Long.class);
        Long id = accounts.create(new NewAccount("vergrendeld.view", "Vergrendeld Account", "een zin van vier woorden",
                Role.COUNSELLOR, teamId));
        lock("ACCOUNT", id.toString());

        var view = navigate(UsersView.class);
        test(find(TextField.class, view).withPropertyValue(TextField::getPlaceholder,
                "Zoek op naam of gebruikersnaam").single()).setValue("vergrendeld");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class, view).single();
        assertThat(test(grid).getRow(0).isSignInLocked()).isTrue();
        assertThat(test(grid).getCellComponent(0, "status").getElement().getTextRecursively())
                .contains("Geblokkeerd tot");

        test(find(Button.class, test(grid).getCellComponent(0, "actions"))
                .withPropertyValue(b -> b.getAriaLabel().orElse(""), "Blokkering opheffen").single()).click();

        assertThat(test(grid).getRow(0).isSignInLocked()).isFalse();
        assertThat(jdbc.queryForObject("select count(*) from sign_in_throttle where subject_kind = 'ACCOUNT'"
                + " and subject = ?", Long.class, id.toString())).isZero();
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'USER' and object_id = ?"
                + " and detail = 'sign-in-unlocked' and actor = 'admin'", Long.class, id.toString())).isOne();
    }

    @Test
    void anAdministratorLiftsTheLockOfAClientAddress() {
        lock("ADDRESS", "192.0.2.44");
        navigate(UsersView.class);

        test(find(Button.class).withText("Geblokkeerde adressen").single()).click();
        var dialog = find(Dialog.class).single();
        @SuppressWarnings("unchecked")
        Grid<AddressLock> grid = find(Grid.class, dialog).single();
        int row = IntStream.range(0, test(grid).size()).filter(i -> test(grid).getRow(i).address().equals("192.0.2.44"))
                .findFirst().orElseThrow();
        test(find(Button.class, test(grid).getCellComponent(row, 2)).single()).click();

        assertThat(IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).address()))
                .doesNotContain("192.0.2.44");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'SIGN_IN_ADDRESS'"
                + " and object_id = '192.0.2.44' and detail = 'sign-in-unlocked'", Long.class)).isOne();
    }

    private void lock(String kind, String subject) {
        Instant now = clock.instant();
        jdbc.update("insert into sign_in_throttle (subject_kind, subject, failures, window_start, locked_until,"
                + " expires_at) values (?, ?, 5, ?, ?, ?)", kind, subject, Timestamp.from(now),
                Timestamp.from(now.plus(Duration.ofMinutes(15))), Timestamp.from(now.plus(Duration.ofMinutes(15))));
    }
}
