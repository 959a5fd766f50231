package org.vangnet.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.vangnet.security.Role;
import org.vangnet.security.TeamSummary;
import org.vangnet.security.UserSummary;
import org.vangnet.testsupport.BrowserlessViewTest;

/** An administrator manages accounts on the users screen, in Dutch. */
class UsersViewTest extends BrowserlessViewTest {

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
}
