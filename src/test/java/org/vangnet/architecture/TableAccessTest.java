package org.vangnet.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Which module may touch which tables (decision 001: a module never reaches into another's tables;
 * decision 017: reporting reads only the views the owning modules define). Reads the SQL in each
 * module's Java code (string literals and text blocks after {@code from}, {@code join},
 * {@code update}, {@code into}) and the {@code @Table}/{@code @CollectionTable} names of its
 * entities, and fails when a module names a table or view that is not on its list below: a new
 * reach must be a decision, not an accident. Renaming a column of {@code case_file} then fails in
 * the cases module's own migration (its views), not silently in reporting.
 */
class TableAccessTest {

    /** Each module's tables and views, and, for the few known reaches, whose they are. */
    static final Map<String, Set<String>> ALLOWED = byModule(
            "base", Set.of("pg_database",
                    // The encryption of existing values (decision 013) rewrites contact details and identifiers.
                    "client_contact", "extorter_identifier",
                    // The keyed hashes of takedown links recorded before V028_2 (decision 035, migration 28.3).
                    "takedown_item",
                    // The application role's grants and the roles check (decision 029) read the catalogue.
                    "pg_class", "pg_namespace", "pg_proc", "pg_roles",
                    // A migration released in two forms: its earlier checksum accepted before validation (SupersededChecksums).
                    "flyway_schema_history"),
            "security", Set.of("app_user", "team", "setup_token", "sign_in_throttle", "user_totp", "user_recovery_code",
                    // Passkeys (decision 018): the tables Spring Security's JDBC repositories use.
                    "user_entities", "user_credentials",
                    // Signed-in sessions across nodes (decision 039).
                    "user_session"),
            "audit", Set.of("audit_event", "audit_chain_head", "audit_chain_check"),
            "cases", Set.of("case_file", "case_harm", "case_share", "client_contact", "case_timeline_entry",
                    "case_consent", "case_referral", "police_complaint", "case_evidence", "case_reference_counter",
                    "retention_setting", "case_referral_status", "evidence_check", "case_emergency_access",
                    // Demo cases only: whether the demo accounts exist (DemoCases).
                    "app_user"),
            "takedowns", Set.of("platform", "takedown_request", "takedown_item", "takedown_transition",
                    "hash_submission",
                    // The monthly figures (decision 032), kept by triggers and read by the outcomes.
                    "takedown_outcome_monthly", "takedown_removal_hours_monthly"),
            "sextortion", Set.of("extorter", "extorter_identifier", "extortion_contact", "extortion_contact_demand",
                    "extortion_contact_advice", "money_recovery"),
            "followups", Set.of("follow_up", "follow_up_reschedule", "shedlock"),
            "directory", Set.of("referral_partner"),
            // What these need of a case (opened when, through which channel, its harms) they get from CaseFacts.
            "conversations", Set.of("conversation", "conversation_contacts"),
            "advice", Set.of("advice_step", "case_advice", "case_advice_mark"),
            "spreaders", Set.of("spreader"),
            "reporting", Set.of("case_report_opened", "case_report_harms_opened", "case_report_closings",
                    "case_report_open", "case_report_cases", "case_report_harms", "follow_up_report_open",
                    "takedown_report_notices_monthly",
                    // Rolled up per team and closings per week and month (decision 032).
                    "case_report_opened_team", "case_report_harms_opened_team", "case_report_closed_durations",
                    // Open cases per team and priority (decision 044).
                    "case_report_open_team"));

    /** Module name, its tables, module name, its tables...: more pairs than {@code Map.of} takes. */
    @SuppressWarnings("unchecked")
    private static Map<String, Set<String>> byModule(Object... pairs) {
        Map<String, Set<String>> map = new TreeMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put((String) pairs[i], (Set<String>) pairs[i + 1]);
        }
        return Map.copyOf(map);
    }

    private static final Path SOURCES = Path.of("src/main/java/org/vangnet");
    private static final Pattern STRINGS = Pattern.compile("\"\"\"(.*?)\"\"\"|\"((?:[^\"\\\\\\n]|\\\\.)*)\"", Pattern.DOTALL);
    private static final Pattern TABLE = Pattern.compile(
            "(?<![:.\\w])(?i:from|join|update|into|truncate)\\s+([a-z_][a-z0-9_]*)\\b(?!\\s*\\.)");
    /** Names a query gives its own parts ({@code with c as (...)}): not tables. */
    private static final Pattern CTE = Pattern.compile("(?i:\\bwith|,)\\s*([a-z_][a-z0-9_]*)\\s+as\\s*\\(");
    private static final Pattern ANNOTATED = Pattern.compile("@(?:Table|CollectionTable)\\s*\\(\\s*name\\s*=\\s*\"([a-z0-9_]+)\"");
    /** SQL words that follow "from"/"join" without being a table. */
    private static final Set<String> NOT_TABLES = Set.of("lateral", "generate_series", "unnest", "select", "set", "the",
            // "for update skip locked", "extract(epoch from occurred_at)"
            "skip", "occurred_at");

    @Test
    void everyModuleTouchesOnlyItsOwnTablesAndTheViewsOfferedToIt() {
        Map<String, Set<String>> found = tablesPerModule();
        assertThat(found.keySet()).as("modules").containsAll(Set.of("cases", "reporting", "takedowns"));
        found.forEach((module, tables) -> assertThat(tables)
                .as("tables and views named by module '%s' (all found: %s)", module, found)
                .isSubsetOf(ALLOWED.getOrDefault(module, Set.of())));
    }

    @Test
    void reportingNamesNoTableOfAnotherModule() {
        assertThat(tablesPerModule().get("reporting")).isNotEmpty()
                .allSatisfy(name -> assertThat(name).matches("[a-z_]+_report(_[a-z_]+)?"));
    }

    static Map<String, Set<String>> tablesPerModule() {
        Map<String, Set<String>> found = new TreeMap<>();
        try (Stream<Path> modules = Files.list(SOURCES)) {
            for (Path module : modules.filter(Files::isDirectory).toList()) {
                Set<String> tables = new TreeSet<>();
                try (Stream<Path> files = Files.walk(module)) {
                    for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                        tables.addAll(tablesIn(Files.readString(file)));
                    }
                }
                found.put(module.getFileName().toString(), tables);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return found;
    }

    static Set<String> tablesIn(String source) {
        Set<String> tables = new TreeSet<>();
        var annotated = ANNOTATED.matcher(source);
        while (annotated.find()) {
            tables.add(annotated.group(1));
        }
        var strings = STRINGS.matcher(source);
        while (strings.find()) {
            String text = strings.group(1) != null ? strings.group(1) : strings.group(2);
            Set<String> ownParts = new TreeSet<>();
            var cte = CTE.matcher(text);
            while (cte.find()) {
                ownParts.add(cte.group(1));
            }
            var table = TABLE.matcher(text);
            while (table.find()) {
                if (!NOT_TABLES.contains(table.group(1)) && !ownParts.contains(table.group(1))) {
                    tables.add(table.group(1));
                }
            }
        }
        return tables;
    }
}
