package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentForm;
import org.vangnet.cases.ConsentService;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;

/**
 * In a real browser: a counsellor asks Discord to act (a wrong ID first), follows the request to
 * removal, escalates a refused one, and the institute finds it in its queue without the client.
 */
class TakedownJourneyIT extends BrowserTest {

    @Autowired
    CaseService cases;
    @Autowired
    ConsentService consents;
    @Autowired
    UserDetailsService users;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    @Test
    void aDiscordRequestGoesFromAWrongIdToEscalationAndTheInstituteSeesNoClient() {
        Long caseId = asLotte();
        signIn("lotte");
        page.navigate(url("/cases/" + caseId));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Verwijderen")).click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Nieuwe verwijderaanvraag")).click();

        var dialog = page.getByRole(AriaRole.DIALOG);
        dialog.getByRole(AriaRole.COMBOBOX, new Locator.GetByRoleOptions().setName("Platform")).fill("Disc");
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Discord")).click();
        assertThat(dialog).containsText("17");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Soort item")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Gebruikers-ID")).click();
        var value = dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions()
                .setName("Link, gebruikersnaam, nummer of ID"));
        value.fill("12345");
        dialog.getByLabel("Beschrijving van de inhoud").fill("Naaktfoto gedeeld in een server");
        dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName(Pattern.compile("Bewijs is al vastgelegd.*")))
                .check();
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aanvraag aanmaken")).click();
        assertThat(dialog).containsText("Een Discord-ID bestaat uit 17 tot 19 cijfers");
        assertThat(jdbc.queryForObject("select count(*) from takedown_request where case_id = ?", Long.class, caseId))
                .isZero();

        value.fill("80351110224678912");
        dialog.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Aanvraag aanmaken")).click();
        var card = page.locator(".vn-takedown").filter(new Locator.FilterOptions().setHasText("Discord"));
        assertThat(card).containsText("Bewijs vastgelegd");

        step(card, "Als ingediend noteren", "Als ingediend noteren");
        step(card, "Weigering noteren", "Weigering noteren");
        assertThat(card).containsText("Bezwaar mogelijk tot");
        step(card, "Escaleren naar het Instituut", "Escaleren naar het Instituut");
        assertThat(card).containsText("Geëscaleerd naar het Instituut");
        page.screenshot(new Page.ScreenshotOptions().setPath(Path.of("target/screenshots/takedowns.png")).setFullPage(true));

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afmelden")).click();
        assertThat(page).hasURL(Pattern.compile(".*/login$"));
        signIn("nadia");
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Escalaties")).click();
        assertThat(page.locator("vaadin-grid")).containsText("80351110224678912");
        assertThat(page.locator("body")).not().containsText("Geheime Cliënt");
        assertThat(jdbc.queryForObject("select count(*) from audit_event where object_type = 'TAKEDOWN' "
                + "and action = 'UPDATE' and actor = 'lotte'", Long.class)).isGreaterThanOrEqualTo(3);
    }

    /** Opens a transition dialog from the card and confirms it. */
    private void step(Locator card, String button, String confirm) {
        card.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(button).setExact(true)).click();
        page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                .setName(confirm).setExact(true)).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);
    }

    private Long asLotte() {
        var user = users.loadUserByUsername("lotte");
        var ctx = securityContext.createEmptyContext();
        ctx.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
        securityContext.setContext(ctx);
        try {
            Long id = cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails("Geheime Cliënt", 23, null, 22, "nl",
                    false, false, false, List.of()), Set.of(HarmKind.LEAKED_IMAGES), null));
            consents.record(id, ConsentAction.SHARE_WITH_INSTITUTE, true, ConsentForm.WRITTEN);
            return id;
        } finally {
            securityContext.clearContext();
        }
    }

}
