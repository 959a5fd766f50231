package org.vangnet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.cases.HarmKind;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The shell shows who is signed in and speaks the chosen language. */
class ShellTest extends BrowserlessViewTest {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theShellShowsTheUserTheirRoleAndTeam() {
        signInAs("sofie");
        navigate("", Component.class);

        assertThat(shellText(".vn-user-name")).isEqualTo("Sofie Janssens");
        assertThat(shellText(".vn-user-role")).isEqualTo("Supervisor · Team Gent");
        assertThat(find(H2.class).single().getText()).isEqualTo("Welkom, Sofie Janssens");
    }

    @Test
    void aNameThatLooksLikeMarkupIsShownAsText() {
        jdbc.update("update app_user set display_name = '<img src=x onerror=alert(1)>' where username = 'sofie'");
        try {
            signInAs("sofie");
            navigate("", Component.class);

            assertThat(shellText(".vn-user-name")).isEqualTo("<img src=x onerror=alert(1)>");
            assertThat(find(Html.class).all()).noneMatch(html -> html.getInnerHtml().contains("<img"));
        } finally {
            jdbc.update("update app_user set display_name = 'Sofie Janssens' where username = 'sofie'");
        }
    }

    /** The text of an element of the shell's markup (decision 047: texts that never change are markup). */
    private String shellText(String selector) {
        return find(Html.class).all().stream()
                .flatMap(html -> Jsoup.parseBodyFragment(html.getInnerHtml()).select(selector).stream())
                .map(org.jsoup.nodes.Element::text).reduce((a, b) -> a + " | " + b).orElse("");
    }

    @Test
    void choosingFrenchTranslatesTheScreensAndIsRememberedForTheUser() {
        signInAs("karim");
        navigate("", Component.class);
        var language = find(LanguageSelect.class).single();

        test(language).selectItem("Français");

        assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(TranslationProvider.FRENCH);
        assertThat(jdbc.queryForObject("select language from app_user where username = 'karim'", String.class))
                .isEqualTo("fr-BE");
        navigate("", Component.class);
        assertThat(find(H2.class).single().getText()).isEqualTo("Bienvenue, Karim El Idrissi");

        jdbc.update("update app_user set language = null where username = 'karim'");
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("nl-BE"));
    }

    @Test
    void switchingLanguageHalfwayThroughTheIntakeKeepsWhatWasTypedAndWhatWasTicked() {
        signInAs("karim");
        try {
            navigate("cases/new", Component.class);
            test(find(TextField.class).withCaption("Alias").single()).setValue("Halverwege");
            test(find(TextArea.class).withCaption("Korte samenvatting").single()).setValue("Gedeeld op school");
            @SuppressWarnings("unchecked")
            CheckboxGroup<HarmKind> harms = find(CheckboxGroup.class).single();
            harms.setValue(Set.of(HarmKind.SEXTORTION));

            test(find(LanguageSelect.class).single()).selectItem("Français");
            navigate("cases/new", Component.class);

            assertThat(find(TextField.class).withCaption("Alias").single().getValue()).isEqualTo("Halverwege");
            assertThat(find(TextArea.class).withCaption("Bref résumé").single().getValue())
                    .isEqualTo("Gedeeld op school");
            @SuppressWarnings("unchecked")
            CheckboxGroup<HarmKind> again = find(CheckboxGroup.class).single();
            assertThat(again.getValue()).containsExactly(HarmKind.SEXTORTION);

            // Kept once: a later visit starts empty.
            navigate("", Component.class);
            navigate("cases/new", Component.class);
            assertThat(find(TextField.class).withCaption("Alias").single().getValue()).isEmpty();
        } finally {
            jdbc.update("update app_user set language = null where username = 'karim'");
            VaadinSession.getCurrent().setLocale(Locale.forLanguageTag("nl-BE"));
        }
    }
}
