package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.vangnet.base.time.HelplineZone;

/**
 * Sextortion as a new counsellor tries it, in a real browser in Dutch: two clients of the same
 * extorter, whose phone number is typed two different ways; the second case shows the match and
 * links to the first. Then a demand for money with a deadline tomorrow: the case becomes urgent and
 * the header shows the deadline. The timeline and the audit trail have it all.
 */
class SextortionIT extends BrowserTest {

    @Autowired
    Clock clock;

    @Test
    void twoCasesOfTheSameExtorterAreLinkedAndADeadlineMakesTheCaseUrgent() {
        String digits = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        String typedFirst = "+32 477 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4);
        String typedSecond = "0477" + digits;
        String e164 = "+32477" + digits;
        signIn("lotte");

        String firstReference = openCase("Jonas");
        addPhone(typedFirst);
        assertThat(page.locator(".vn-identifier-value")).hasText(e164);
        assertThat(page.locator(".vn-match")).hasCount(0);

        String secondReference = openCase("Mila");
        Long secondCase = jdbc.queryForObject("select id from case_file where reference = ?", Long.class, secondReference);
        addPhone(typedSecond);
        assertThat(page.locator(".vn-identifier-value")).hasText(e164);
        var match = page.locator(".vn-match");
        assertThat(match).containsText("Dit telefoonnummer komt voor in 1 ander dossier.");
        assertThat(match.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(firstReference))).isVisible();
        screenshot("sextortion-match");

        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact loggen")).click();
        var dialog = page.getByRole(AriaRole.DIALOG);
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Kanaal")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("WhatsApp")).click();
        dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Geld").setExact(true)).check();
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Gevraagd bedrag")).fill("500");
        LocalDateTime tomorrow = LocalDateTime.now(clock.withZone(HelplineZone.ZONE)).plusDays(1).withHour(20).withMinute(0);
        var deadline = page.locator("vaadin-date-time-picker").filter(new Locator.FilterOptions().setHasText("Deadline"));
        deadline.locator("vaadin-date-picker input").fill(tomorrow.format(DateTimeFormatter.ofPattern("d/M/yyyy")));
        deadline.locator("vaadin-date-picker input").press("Enter");
        deadline.locator("vaadin-time-picker input").fill("20:00");
        deadline.locator("vaadin-time-picker input").press("Enter");
        dialog.getByRole(AriaRole.TEXTBOX, new Locator.GetByRoleOptions().setName("Dreiging"))
                .fill("Stuurt de video naar je vrienden");
        dialog.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Niet betalen")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Contact opslaan")).click();
        assertThat(page.getByRole(AriaRole.DIALOG)).hasCount(0);

        assertThat(page.locator(".vn-header-note-urgent")).containsText("Lopende deadline van de afperser");
        assertThat(page.locator(".vn-badges").first()).containsText("Dringend");
        assertThat(page.locator(".vn-contact")).containsText("Geld");
        assertThat(page.locator(".vn-contact")).containsText("Deadline loopt");
        assertThat(page.locator(".vn-contact")).containsText("Advies: Niet betalen");
        screenshot("sextortion-deadline");
        page.locator(".vn-extorter").screenshot(new Locator.ScreenshotOptions()
                .setPath(Path.of("target/screenshots/sextortion-extorter.png")));

        tab("Tijdlijn");
        var timeline = page.locator(".vn-timeline");
        assertThat(timeline).containsText("Contact van de afperser via WhatsApp, eist geld, met een lopende deadline");
        assertThat(timeline).containsText("Hetzelfde kenmerk (Telefoonnummer) komt voor in andere dossiers: 1");
        assertThat(timeline).containsText("Een afperser stelde een deadline die nog loopt: prioriteit Dringend");
        screenshot("sextortion-timeline");

        assertThat(jdbc.queryForObject("select priority from case_file where id = ?", Integer.class, secondCase))
                .as("urgent").isZero();
        assertThat(audit("CREATE", "EXTORTER", null, secondCase)).isEqualTo(1);
        assertThat(audit("CREATE", "EXTORTER_IDENTIFIER", "kind:PHONE,matches:1", secondCase)).isEqualTo(1);
        assertThat(audit("CREATE", "EXTORTION_CONTACT", "deadline-running", secondCase)).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'UPDATE' and actor = 'lotte' and object_type = 'CASE'
                  and object_id = ? and detail = 'risk:deadline'""", Long.class, secondCase.toString())).isEqualTo(1);
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where action = 'READ' and actor = 'lotte'
                  and object_type = 'EXTORTER_MATCH' and object_id = ?""", Long.class, secondCase.toString()))
                .as("each match lookup is a read").isPositive();
        assertThat(jdbc.queryForList("select value from extorter_identifier where case_id in "
                + "(select id from case_file where reference in (?, ?))", String.class, firstReference, secondReference))
                .map(cipher::decrypt).containsExactly(e164, e164);
    }

    /** Opens an adult's sextortion case through the intake screen; returns its reference. */
    private String openCase(String alias) {
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Dossiers").setExact(true)).click();
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Nieuw dossier")).click();
        page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Chat")).check();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Alias")).fill(alias);
        page.getByLabel("Leeftijd nu").fill("19");
        page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName("Sextortion")).check();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Dossier openen")).click();
        var title = page.locator("h2").filter(new Locator.FilterOptions()
                .setHasText(Pattern.compile("VN-\\d{4}-\\d{6} · " + alias)));
        assertThat(title).isVisible();
        return title.innerText().substring(0, 14);
    }

    private void addPhone(String typed) {
        tab("Sextortion");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Afperser toevoegen")).click();
        page.locator("vaadin-select").filter(new Locator.FilterOptions().setHasText("Soort kenmerk")).click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Telefoonnummer")).click();
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Kenmerk").setExact(true)).fill(typed);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Kenmerk toevoegen")).click();
    }

    private long audit(String action, String objectType, String detail, Long caseId) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = ? and actor = 'lotte' and object_type = ? and detail is not distinct from ?
                  and case_id = ?""",
                Long.class, action, objectType, detail, caseId);
    }

}
