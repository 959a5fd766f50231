package org.vangnet.sextortion;

import java.util.List;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.vangnet.cases.CaseService;
import org.vangnet.cases.ClientDetails;
import org.vangnet.cases.HarmKind;
import org.vangnet.cases.IntakeChannel;
import org.vangnet.cases.NewCase;
import org.vangnet.testsupport.SignedIn;

/**
 * What the sextortion tests share: acting as one of the demo users for a step, opening a case the
 * way a counsellor does, and identifiers no other test uses (the tests share one database, and a
 * match count is only right when nobody else typed the same number).
 */
public final class SextortionTestSupport {

    private static final AtomicInteger SEQUENCE = new AtomicInteger(ThreadLocalRandom.current().nextInt(100_000));

    private final UserDetailsService userDetails;
    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy securityContext;

    /**
     * {@code securityContext} is the application context's own strategy, the one its
     * {@code @PreAuthorize} checks read: after another test class started a context of its own, the
     * static {@code SecurityContextHolder} may point at that other context's strategy.
     */
    public SextortionTestSupport(UserDetailsService userDetails, JdbcTemplate jdbc,
                                 SecurityContextHolderStrategy securityContext) {
        this.userDetails = userDetails;
        this.jdbc = jdbc;
        this.securityContext = securityContext;
    }

    /** Runs {@code action} signed in as {@code username}, then restores whoever was signed in before. */
    public <T> T as(String username, Supplier<T> action) {
        return new SignedIn(userDetails, securityContext).as(username, action);
    }

    public void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    /** An adult's sextortion case (normal priority), opened by {@code username}. */
    public Long openCase(CaseService cases, String username, String alias) {
        return as(username, () -> cases.open(new NewCase(IntakeChannel.CHAT, new ClientDetails(alias, 24, null, 23,
                "nl", false, false, false, List.of()), Set.of(HarmKind.SEXTORTION), "Afpersing met naaktbeelden")));
    }

    public long audit(String action, String objectType, Object objectId, String actor) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = ? and object_type = ? and object_id = ? and actor = ?""",
                Long.class, action, objectType, String.valueOf(objectId), actor);
    }

    public List<String> timelineKeys(Long caseId) {
        return jdbc.queryForList("select message_key from case_timeline_entry where case_id = ? order by id",
                String.class, caseId);
    }

    public List<String> timelineArguments(Long caseId, String messageKey) {
        return jdbc.queryForList("select arguments from case_timeline_entry where case_id = ? and message_key = ?",
                String.class, caseId, messageKey);
    }

    /** A Belgian mobile number no other test uses, as {@code [spaced, compact national, E.164]}. */
    public static String[] uniqueMobile() {
        String digits = "%06d".formatted(SEQUENCE.incrementAndGet() % 1_000_000);
        String spaced = "+32 478 " + digits.substring(0, 2) + " " + digits.substring(2, 4) + " " + digits.substring(4);
        return new String[] {spaced, "0478" + digits, "+32478" + digits};
    }

    /** A username no other test uses. */
    public static String uniqueHandle() {
        return "extorter_" + SEQUENCE.incrementAndGet() + "_" + ThreadLocalRandom.current().nextInt(1_000_000);
    }
}
