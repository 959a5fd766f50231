package org.vangnet.cases;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.testsupport.SignedIn;

/**
 * What the case integration tests share: signing in as another demo user for a step, building
 * requests, and reading what the services wrote. The tests share one database, so every test
 * makes its own cases with aliases, numbers and addresses nobody else uses.
 */
final class CaseTestSupport {

    private final UserDetailsService userDetails;
    private final JdbcTemplate jdbc;
    /** The application context's own strategy: with several test contexts, the static holder may belong to another. */
    private final SecurityContextHolderStrategy securityContext;

    CaseTestSupport(UserDetailsService userDetails, JdbcTemplate jdbc, SecurityContextHolderStrategy securityContext) {
        this.userDetails = userDetails;
        this.jdbc = jdbc;
        this.securityContext = securityContext;
    }

    /** Runs {@code action} signed in as {@code username}, then restores whoever was signed in before. */
    <T> T as(String username, Supplier<T> action) {
        return new SignedIn(userDetails, securityContext).as(username, action);
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    Long teamId(String name) {
        return jdbc.queryForObject("select id from team where name = ?", Long.class, name);
    }

    long version(Long caseId) {
        return jdbc.queryForObject("select version from case_file where id = ?", Long.class, caseId);
    }

    long audit(String action, String objectType, Object objectId, String actor) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = ? and object_type = ? and object_id = ? and actor = ?""",
                Long.class, action, objectType, String.valueOf(objectId), actor);
    }

    /** Eight random lower-case letters: it can start an alias and is never read as a reference number. */
    static String token() {
        var random = ThreadLocalRandom.current();
        var letters = new StringBuilder();
        for (int i = 0; i < 8; i++) {
            letters.append((char) ('a' + random.nextInt(26)));
        }
        return letters.toString();
    }

    /** A valid Belgian mobile number, as a counsellor might type it, that other tests almost surely do not use. */
    static String randomMobile() {
        String digits = "%06d".formatted(ThreadLocalRandom.current().nextInt(1_000_000));
        return "0479 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4);
    }

    static ClientDetails client(String alias, Integer ageNow, Integer ageAtImages) {
        return new ClientDetails(alias, ageNow, null, ageAtImages, "nl", false, false, false, List.of());
    }

    static ClientDetails client(String alias, Integer ageNow, Integer ageAtImages, List<ContactDetail> contacts) {
        return new ClientDetails(alias, ageNow, null, ageAtImages, "nl", false, false, false, contacts);
    }

    static NewCase newCase(ClientDetails client, HarmKind... harms) {
        return new NewCase(IntakeChannel.CHAT, client,
                harms.length == 0 ? Set.of(HarmKind.LEAKED_IMAGES) : Set.of(harms), "Beelden gedeeld zonder toestemming");
    }

    static ContactDetail phone(String typed) {
        return new ContactDetail(ContactKind.PHONE, typed, true, false, false);
    }

    static ContactDetail email(String typed) {
        return new ContactDetail(ContactKind.EMAIL, typed, false, false, true);
    }
}
