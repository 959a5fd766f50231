package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.vangnet.base.ui.error.AccessDeniedView;
import org.vangnet.base.ui.error.NotFoundView;
import org.vangnet.testsupport.BrowserlessViewTest;

/** Each role opens exactly the screens it may, sees exactly those in its menu, and every refusal is audited. */
class ViewAccessTest extends BrowserlessViewTest {

    /** Demo account per role. */
    static final Map<Role, String> ACCOUNTS = Map.of(
            Role.COUNSELLOR, "lotte",
            Role.SUPERVISOR, "sofie",
            Role.INSTITUTE_STAFF, "nadia",
            Role.ADMIN, "admin");

    /** Route → the roles that may open it. */
    static final Map<String, Set<Role>> ROUTES = Map.ofEntries(
            Map.entry("", Set.of(Role.values())),
            Map.entry("account", Set.of(Role.values())),
            Map.entry("admin/users", Set.of(Role.ADMIN)),
            Map.entry("admin/teams", Set.of(Role.ADMIN)),
            Map.entry("admin/audit", Set.of(Role.ADMIN)),
            Map.entry("admin/audit-chain", Set.of(Role.ADMIN)),
            Map.entry("cases", Set.of(Role.COUNSELLOR, Role.SUPERVISOR)),
            Map.entry("cases/emergency-access", Set.of(Role.SUPERVISOR)),
            Map.entry("cases/new", Set.of(Role.COUNSELLOR, Role.SUPERVISOR)),
            Map.entry("escalations", Set.of(Role.INSTITUTE_STAFF)),
            Map.entry("takedowns/outcomes", Set.of(Role.values())),
            Map.entry("admin/platforms", Set.of(Role.ADMIN)),
            Map.entry("admin/directory", Set.of(Role.ADMIN)),
            Map.entry("admin/advice", Set.of(Role.ADMIN)),
            Map.entry("reporting/contacts", Set.of(Role.COUNSELLOR, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("admin/retention", Set.of(Role.ADMIN)),
            Map.entry("my-work", Set.of(Role.COUNSELLOR, Role.SUPERVISOR)),
            Map.entry("reporting/workload", Set.of(Role.COUNSELLOR, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("reporting/trends", Set.of(Role.COUNSELLOR, Role.SUPERVISOR, Role.ADMIN)),
            Map.entry("reporting/transparency", Set.of(Role.INSTITUTE_STAFF, Role.ADMIN)));

    /** Routes reached from another screen rather than from the menu. */
    static final Set<String> MENU_LESS = Set.of("cases/new");

    @Autowired
    JdbcTemplate jdbc;

    static Stream<Arguments> everyRoleAndRoute() {
        return Stream.of(Role.values()).flatMap(role -> ROUTES.entrySet().stream()
                .map(route -> Arguments.of(role, route.getKey(), route.getValue().contains(role))));
    }

    @ParameterizedTest(name = "{0} opening /{1} is allowed: {2}")
    @MethodSource("everyRoleAndRoute")
    void eachRoleOpensOnlyTheViewsItMay(Role role, String route, boolean allowed) {
        String username = ACCOUNTS.get(role);
        signInAs(username);
        long deniedBefore = deniedNavigations(username);

        navigate(route, Component.class);

        if (allowed) {
            assertThat(getCurrentView()).as("%s on /%s", role, route).isNotInstanceOf(HasErrorParameter.class);
        } else {
            // Development mode says "access denied", production mode "not found"; both refuse.
            assertThat(getCurrentView()).as("%s on /%s", role, route)
                    .isInstanceOfAny(NotFoundView.class, AccessDeniedView.class);
        }
        assertThat(deniedNavigations(username)).isEqualTo(allowed ? deniedBefore : deniedBefore + 1);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("roles")
    void theMenuShowsOnlyWhatTheRoleMayOpen(Role role) {
        signInAs(ACCOUNTS.get(role));
        navigate("", Component.class);

        // The menu is markup in one element (decision 047): its items are read from it as the browser builds them.
        List<String> menuPaths = find(Html.class).all().stream()
                .flatMap(html -> Jsoup.parseBodyFragment(html.getInnerHtml()).select("vaadin-side-nav-item").stream())
                .map(item -> item.attr("path")).toList();

        List<String> expected = ROUTES.entrySet().stream().filter(e -> e.getValue().contains(role))
                .map(Map.Entry::getKey).filter(path -> !MENU_LESS.contains(path)).toList();
        assertThat(menuPaths).containsExactlyInAnyOrderElementsOf(expected);
    }

    static Stream<Role> roles() {
        return Stream.of(Role.values());
    }

    private long deniedNavigations(String username) {
        return jdbc.queryForObject("""
                select count(*) from audit_event
                where action = 'ACCESS_DENIED' and actor = ? and object_type = 'VIEW' and detail like 'view:%'""",
                Long.class, username);
    }
}
