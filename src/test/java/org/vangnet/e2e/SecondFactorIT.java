package org.vangnet.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.vangnet.security.DemoSecondFactor;

/** The second step of signing in, in a real browser: enrolment with a computed code, recovery codes, refusals. */
class SecondFactorIT extends BrowserTest {

    private static final String NEW_USER = "nieuw.e2e";

    @Autowired
    PasswordEncoder passwordEncoder;

    @AfterEach
    void forgetTheNewAccountsLocks() {
        jdbc.update("delete from sign_in_throttle");
    }

    @Test
    void aNewAccountSetsUpItsAppAtTheFirstSignInKeepsRecoveryCodesAndCanUseOneOnce() {
        createAccountWithoutFactor();
        openLogin();
        fillAndSubmit(NEW_USER, DEMO_PASSWORD);

        assertThat(page.getByText("Authenticator-app instellen")).isVisible();
        String secret = page.locator(".vn-secret").innerText().replace(" ", "");
        assertThat(page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Openen in de authenticator-app")))
                .hasAttribute("href", Pattern.compile("otpauth://totp/Vangnet:" + NEW_USER + "\\?secret=" + secret + "&.*"));
        page.getByRole(AriaRole.TEXTBOX, new Page.GetByRoleOptions().setName("Code uit de app"))
                .fill(DemoSecondFactor.codeAt(secret, Instant.now()));
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("App bevestigen")).click();

        var codes = page.locator(".vn-recovery-codes li");
        assertThat(codes).hasCount(10);
        List<String> shown = codes.allInnerTexts();
        assertThat(shown).allMatch(c -> c.matches("[A-Z2-9]{4}(-[A-Z2-9]{4}){3}"));
        // Stored only as hashes, and the secret only encrypted.
        assertThat(jdbc.queryForList("select code_hash from user_recovery_code where user_id = ?", String.class, newUserId()))
                .hasSize(10).noneMatch(h -> shown.stream().anyMatch(c -> h.contains(c.replace("-", ""))));
        assertThat(jdbc.queryForObject("select secret from user_totp where user_id = ?", String.class, newUserId()))
                .doesNotContain(secret);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Ik heb ze bewaard, verder")).click();
        page.waitForURL(SIGNED_IN);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        assertThat(loginDetails(NEW_USER)).containsExactly("totp");

        signOut();
        fillAndSubmit(NEW_USER, DEMO_PASSWORD);
        enterCode(shown.get(3).toLowerCase());
        page.waitForURL(SIGNED_IN);
        assertThat(page.locator("vaadin-side-nav")).isVisible();
        assertThat(loginDetails(NEW_USER)).containsExactly("recovery-code", "totp");

        signOut();
        fillAndSubmit(NEW_USER, DEMO_PASSWORD);
        enterCode(shown.get(3));
        assertThat(page.getByText("Deze code wordt niet aanvaard")).isVisible();
        assertThat(page).hasURL(Pattern.compile(".*/sign-in/second-factor$"));
    }

    @Test
    void aWrongCodeIsRefusedAuditedAndCountedTowardsTheLockWhileTheRightOneSignsIn() {
        long before = rejectedCodes("karim");
        openLogin();
        fillAndSubmit("karim", DEMO_PASSWORD);

        enterCode(wrongCode());

        assertThat(page.getByText("Deze code wordt niet aanvaard")).isVisible();
        assertThat(rejectedCodes("karim")).isEqualTo(before + 1);
        assertThat(jdbc.queryForObject("""
                select failures from sign_in_throttle
                where subject_kind = 'ACCOUNT' and subject = (select id::text from app_user where username = 'karim')""",
                Integer.class)).isEqualTo(1);

        enterCode(demoCode("karim"));
        page.waitForURL(Pattern.compile(".*/my-work$"));
        assertThat(page.locator("vaadin-side-nav")).isVisible();
    }

    @Test
    void aPasswordAloneOpensNothingButTheSecondStep() {
        openLogin();
        fillAndSubmit("sofie", DEMO_PASSWORD);
        assertThat(page).hasURL(Pattern.compile(".*/sign-in/second-factor$"));

        page.navigate(url("/admin/users"));
        assertThat(page).hasURL(Pattern.compile(".*/sign-in/second-factor$"));
        page.navigate(url("/account"));
        assertThat(page).hasURL(Pattern.compile(".*/sign-in/second-factor$"));
        assertThat(page.locator("vaadin-side-nav")).hasCount(0);
    }

    private String wrongCode() {
        Instant now = Instant.now();
        List<String> valid = IntStream.rangeClosed(-2, 2)
                .mapToObj(i -> DemoSecondFactor.codeAt(now.plusSeconds(30L * i))).toList();
        return IntStream.range(0, 1_000_000).mapToObj(i -> "%06d".formatted(i))
                .filter(c -> !valid.contains(c)).findFirst().orElseThrow();
    }

    private void createAccountWithoutFactor() {
        jdbc.update("delete from app_user where username = ?", NEW_USER);
        Timestamp now = Timestamp.from(Instant.now());
        jdbc.update("""
                insert into app_user (username, display_name, password_hash, role, enabled, created_at, password_changed_at)
                values (?, 'Nieuwe Collega', ?, 'INSTITUTE_STAFF', true, ?, ?)""",
                NEW_USER, passwordEncoder.encode(DEMO_PASSWORD), now, now);
    }

    private Long newUserId() {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, NEW_USER);
    }

    private List<String> loginDetails(String username) {
        return jdbc.queryForList("""
                select detail from audit_event where action = 'LOGIN' and actor = ? order by id desc""", String.class, username);
    }

    private long rejectedCodes(String username) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'LOGIN_FAILED' and actor = ? and detail = 'second-factor-rejected'""", Long.class, username);
    }
}
