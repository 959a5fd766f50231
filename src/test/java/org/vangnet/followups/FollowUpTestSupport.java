package org.vangnet.followups;

import java.util.List;
import java.util.Set;
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
 * Signing in for a step through the context's own security-context strategy (the static holder
 * may belong to another test context), and opening cases the way a counsellor does.
 */
final class FollowUpTestSupport {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy securityContext;
    private final JdbcTemplate jdbc;

    FollowUpTestSupport(UserDetailsService users, SecurityContextHolderStrategy securityContext, JdbcTemplate jdbc) {
        this.users = users;
        this.securityContext = securityContext;
        this.jdbc = jdbc;
    }

    <T> T as(String username, Supplier<T> action) {
        return new SignedIn(users, securityContext).as(username, action);
    }

    void as(String username, Runnable action) {
        as(username, () -> {
            action.run();
            return null;
        });
    }

    Long openCase(CaseService cases, String username, String alias, HarmKind harm) {
        return as(username, () -> cases.open(new NewCase(IntakeChannel.PHONE, new ClientDetails(alias, 27, null, 26,
                null, false, false, false, List.of()), Set.of(harm), null)));
    }

    Long userId(String username) {
        return jdbc.queryForObject("select id from app_user where username = ?", Long.class, username);
    }

    List<String> timelineKeys(Long caseId) {
        return jdbc.queryForList("select message_key from case_timeline_entry where case_id = ? order by id",
                String.class, caseId);
    }

    long count(String sql, Object... args) {
        return jdbc.queryForObject(sql, Long.class, args);
    }
}
