package org.vangnet.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedHttpSession;
import java.time.Clock;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vangnet.security.DemoSecondFactor;
import org.vangnet.security.UserSummary;
import org.vangnet.testsupport.BrowserlessViewTest;

/**
 * Sessions on screen (decision 039): a counsellor sees where they are signed in on "My account", this
 * session marked, and ends another; an administrator ends all of a user's sessions, asked for a code first.
 */
class SessionScreensTest extends BrowserlessViewTest {

    private static final String PHONE = "Chrome 131 · Android";

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    Clock clock;

    private String thisSession;
    private String phone;

    /** Karim is signed in here (Firefox) and on a phone; nothing else of his is open. */
    @BeforeEach
    void karimHasTwoSessions() {
        jdbc.update("update user_session set ended_at = now(), end_reason = 'CLOSED' where ended_at is null"
                + " and user_id = (select id from app_user where username = 'karim')");
        var httpSession = ((WrappedHttpSession) VaadinSession.getCurrent().getSession()).getHttpSession();
        var request = new MockHttpServletRequest();
        request.setSession(httpSession);
        // The session asking, as the service finds it in a real request.
        RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
        thisSession = insertSession(httpSession.getId(), "Firefox 133 · Windows");
        phone = insertSession("phone-" + UUID.randomUUID(), PHONE);
    }

    @AfterEach
    void leaveNoRequestBehind() {
        RequestContextHolder.resetRequestAttributes();
    }

    @Test
    void aCounsellorSeesThisSessionMarkedAndEndsTheOneOnTheirPhone() {
        signInAs("karim");
        var view = navigate(AccountView.class);

        var list = find(Div.class, view).withClassName("vn-sessions").single();
        assertThat(list.getElement().getTextRecursively()).contains("Firefox 133 · Windows", "Deze sessie", PHONE,
                "laatst actief");
        assertThat(find(Button.class, list).withText("Alle andere sessies beëindigen").all()).hasSize(1);

        test(find(Button.class, list).withPropertyValue(b -> b.getElement().getAttribute("aria-label"),
                "Sessie " + PHONE + " beëindigen").single()).click();

        assertThat(endReason(phone)).isEqualTo("BY_USER");
        assertThat(endReason(thisSession)).isNull();
        var after = find(Div.class, view).withClassName("vn-sessions").single();
        assertThat(after.getElement().getTextRecursively()).contains("Deze sessie").doesNotContain(PHONE);
        assertThat(find(Button.class, after).withText("Alle andere sessies beëindigen").all()).isEmpty();
    }

    @Test
    void anAdministratorEndsAllOfAUsersSessionsAfterConfirmingWithACode() {
        signInAs("admin", Duration.ofMinutes(10));
        jdbc.update("update user_totp set last_used_step = null where user_id = (select id from app_user where username = 'admin')");
        var view = navigate(UsersView.class);
        test(find(TextField.class, view).withPropertyValue(TextField::getPlaceholder,
                "Zoek op naam of gebruikersnaam").single()).setValue("karim");
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class, view).single();
        test(find(Button.class, test(grid).getCellComponent(0, "actions"))
                .withPropertyValue(b -> b.getAriaLabel().orElse(""), "Alle sessies beëindigen").single()).click();
        var confirm = find(ConfirmDialog.class).single();
        assertThat(test(confirm).getText()).contains("op welk toestel");

        test(confirm).confirm();

        // Asked for a code in place: nothing ended yet.
        var stepUp = find(Dialog.class).single();
        assertThat(stepUp.getHeaderTitle()).isEqualTo("Bevestig dat jij het bent");
        assertThat(endReason(phone)).isNull();
        test(find(TextField.class, stepUp).withCaption("Code").single()).setValue(DemoSecondFactor.codeAt(clock.instant()));
        test(find(Button.class, stepUp).withText("Bevestigen").single()).click();

        assertThat(endReason(phone)).isEqualTo("BY_ADMINISTRATOR");
        assertThat(jdbc.queryForObject("""
                select count(*) from audit_event where object_type = 'USER' and detail like 'sessions-ended:%'
                   and actor = 'admin' and object_id = (select id::text from app_user where username = 'karim')""",
                Long.class)).isPositive();
    }

    private String insertSession(String sessionId, String browser) {
        String key = keyOf(sessionId);
        jdbc.update("""
                insert into user_session (session_key, user_id, node, browser, started_at, last_seen_at)
                values (?, (select id from app_user where username = 'karim'), 'test:8080', ?, now(), now())""", key, browser);
        return key;
    }

    private String endReason(String key) {
        return jdbc.queryForObject("select end_reason from user_session where session_key = ?", String.class, key);
    }

    private static String keyOf(String sessionId) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
                    .digest(sessionId.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
