package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Passkeys (decision 018) in Chromium with its virtual authenticator (Chrome DevTools Protocol): a
 * counsellor adds one under My account, signs in with it as the second step, and removes it.
 */
class PasskeyIT extends BrowserTest {

    private static final String USER = "ines";

    @BeforeEach
    @AfterEach
    void forgetPasskeys() {
        jdbc.update("delete from user_entities where name = ?", USER);
    }

    @BeforeEach
    void addVirtualAuthenticator() {
        var cdp = context.newCDPSession(page);
        cdp.send("WebAuthn.enable");
        var options = new JsonObject();
        options.addProperty("protocol", "ctap2");
        options.addProperty("transport", "internal");
        options.addProperty("hasResidentKey", true);
        options.addProperty("hasUserVerification", true);
        options.addProperty("isUserVerified", true);
        options.addProperty("automaticPresenceSimulation", true);
        var params = new JsonObject();
        params.add("options", options);
        cdp.send("WebAuthn.addVirtualAuthenticator", params);
    }

    @Test
    void aPasskeyAddedUnderMyAccountSignsInAsTheSecondStepAndCanBeRemoved() {
        signIn(USER);
        page.navigate(url("/account"));
        assertThat(page.getByText("Je hebt nog geen passkey.")).isVisible();

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passkey toevoegen")).click();
        assertThat(page.getByText("Dit veld is verplicht.")).isVisible();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Naam van de passkey")).fill("Laptop kantoor");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passkey toevoegen")).click();

        assertThat(page.getByText("Laptop kantoor · toegevoegd")).isVisible();
        assertThat(jdbc.queryForObject("""
                select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
                where u.name = ? and c.label = 'Laptop kantoor'""", Integer.class, USER)).isEqualTo(1);
        assertThat(audit("CREATE", "SECOND_FACTOR")).contains("passkey");

        signOut();
        fillAndSubmit(USER, DEMO_PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Aanmelden met een passkey")).click();
        page.waitForURL(SIGNED_IN);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        assertThat(jdbc.queryForObject("""
                select detail from audit_event where action = 'LOGIN' and actor = ? order by id desc limit 1""",
                String.class, USER)).isEqualTo("webauthn");

        assertThat(jdbc.queryForObject("""
                select bool_and(c.last_used > c.created) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
                where u.name = ?""", Boolean.class, USER)).as("last used stamped by the sign-in").isTrue();

        page.navigate(url("/account"));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Passkey Laptop kantoor verwijderen")).click();
        assertThat(page.getByText("Je hebt nog geen passkey.")).isVisible();
        assertThat(jdbc.queryForObject("""
                select count(*) from user_credentials c join user_entities u on u.id = c.user_entity_user_id
                where u.name = ?""", Integer.class, USER)).isZero();
        assertThat(audit("UPDATE", "SECOND_FACTOR")).contains("passkey-removed");
    }

    private List<String> audit(String action, String objectType) {
        return jdbc.queryForList("""
                select detail from audit_event where action = ? and object_type = ? and actor = ? order by id desc""",
                String.class, action, objectType, USER);
    }
}
