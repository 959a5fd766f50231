package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.test.annotation.DirtiesContext;
import org.vangnet.base.crypto.EncryptedSeed;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.testsupport.Timing;

/**
 * Matching against a register of 100,000 identifiers (25,000 extorters in 20,000 cases of two
 * teams), seeded with plain SQL. Each test checks what the lookup returns against a straight SQL
 * count and prints how long it took (lines starting with {@code PERF}); the limit asserted is only a
 * guard against a lookup gone badly wrong (a sequential scan, a query per identifier).
 *
 * <p>The extra property gives this class an application context, and so an embedded database, of
 * its own; {@link DirtiesContext} closes it afterwards, so no other test sees these rows.
 */
@SpringBootTest(properties = "vangnet.test.context=identifier-matching-performance")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IdentifierMatchingPerformanceTest {

    static final int CASES = 20_000;
    static final int EXTORTERS = 25_000;
    static final int IDENTIFIERS = 100_000;
    /** One phone number shared by this many cases: an organised extorter hitting many clients. */
    static final int HOT_CASES = 300;
    static final String HOT_PHONE = "+32499999999";
    static final int WARM_UP = 5;
    static final int RUNS = 21;
    /** Generous on purpose: a guard, not a benchmark. The figures are printed. */
    static final double GUARD_MS = 250;
    static final String SEEDED_BY = "seed-perf";

    @Autowired
    SextortionQueries queries;
    @Autowired
    IdentifierMatching matching;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    io.zonky.test.db.postgres.embedded.EmbeddedPostgres postgres;
    @Autowired
    FieldCipher cipher;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    SecurityContextHolderStrategy securityContext;

    SextortionTestSupport support;
    Long gent;
    Long lotte;
    Long target;

    @BeforeAll
    void seed() {
        support = new SextortionTestSupport(userDetails, jdbc, securityContext);
        lotte = jdbc.queryForObject("select id from app_user where username = 'lotte'", Long.class);
        Long karim = jdbc.queryForObject("select id from app_user where username = 'karim'", Long.class);
        Long ines = jdbc.queryForObject("select id from app_user where username = 'ines'", Long.class);
        gent = jdbc.queryForObject("select id from team where name = 'Team Gent'", Long.class);
        Long brussel = jdbc.queryForObject("select id from team where name = 'Team Brussel'", Long.class);
        long started = System.nanoTime();

        // Half the cases Gent (Lotte's and Karim's), half Brussel (Inès's); references of 2019 never meet new ones.
        jdbc.update("""
                insert into case_file (reference, status, priority, intake_channel, team_id, counsellor_id, opened_at,
                                       opened_by, last_activity_at, client_alias, minor_involved)
                select 'VN-2019-' || lpad(n::text, 6, '0'), 'ACTIVE', 2, 'CHAT',
                       case when n % 2 = 0 then ? else ? end,
                       case when n % 4 = 0 then ? when n % 4 = 2 then ? else ? end,
                       timestamptz '2019-01-01 00:00+01' + n * interval '20 minutes', ?,
                       timestamptz '2019-01-01 00:00+01' + n * interval '20 minutes', 'Perf ' || n, false
                from generate_series(1, ?) as n""", gent, brussel, lotte, karim, ines, SEEDED_BY, CASES);
        jdbc.update("""
                insert into extorter (case_id, created_at, created_by)
                select s.id, now(), ?
                from generate_series(1, ?) as n
                join (select id, row_number() over (order by id) as rn from case_file where opened_by = ?) s
                  on s.rn = ((n - 1) % ?) + 1""", SEEDED_BY, EXTORTERS, SEEDED_BY, CASES);
        // Five kinds in turn; each value comes back every 45,000 rows, so most values appear in two or three cases.
        jdbc.update("""
                insert into extorter_identifier (extorter_id, case_id, kind, qualifier, value, lookup_hash,
                                                 added_at, added_by)
                select e.id, e.case_id, v.kind, case when v.kind = 'USERNAME' then 'INSTAGRAM' end, v.value,
                       case when v.kind = 'USERNAME' then 'instagram:' || v.value else v.value end, now(), ?
                from generate_series(1, ?) as n
                join (select id, case_id, row_number() over (order by id) as rn from extorter where created_by = ?) e
                  on e.rn = ((n - 1) % ?) + 1
                cross join lateral (
                    select k.kind,
                           case k.kind
                               when 'PHONE' then '+3247' || lpad(((n / 5) % 9000)::text, 7, '0')
                               when 'USERNAME' then 'user_' || ((n / 5) % 9000)
                               when 'EMAIL' then 'mail' || ((n / 5) % 9000) || '@example.org'
                               when 'IBAN' then 'XX00PERF' || lpad(((n / 5) % 9000)::text, 8, '0')
                               else 'https://example.org/p/' || ((n / 5) % 9000) end as value
                    from (select (array['PHONE', 'USERNAME', 'EMAIL', 'IBAN', 'PROFILE_URL'])[1 + n % 5] as kind) k
                ) v""", SEEDED_BY, IDENTIFIERS - HOT_CASES, SEEDED_BY, EXTORTERS);
        jdbc.update("""
                insert into extorter_identifier (extorter_id, case_id, kind, value, lookup_hash, added_at, added_by)
                select e.id, e.case_id, 'PHONE', ?, ?, now(), ?
                from (select id, case_id from extorter where created_by = ? order by id limit ?) e""",
                HOT_PHONE, HOT_PHONE, SEEDED_BY, SEEDED_BY, HOT_CASES);
        // Stored as the application stores them: the value encrypted, matched on the keyed hash.
        EncryptedSeed.encryptInPlace(jdbc, cipher, "extorter_identifier");
        // Only the tables' owner may analyze them (decision 029).
        org.vangnet.testsupport.DatabaseRoles.owner(postgres).execute("analyze");
        target = jdbc.queryForObject("""
                select i.case_id from extorter_identifier i join case_file c on c.id = i.case_id
                where i.lookup_hash = ? and c.counsellor_id = ? order by i.case_id limit 1""",
                Long.class, cipher.lookupHash(HOT_PHONE), lotte);
        System.out.printf(Locale.ROOT, "PERF seeded %d cases, %d extorters, %d identifiers in %d ms%n",
                count("case_file"), count("extorter"), count("extorter_identifier"),
                (System.nanoTime() - started) / 1_000_000);
        assertThat(count("extorter_identifier")).isEqualTo(IDENTIFIERS);
    }

    @Test
    void theMatchesOfACaseAreCountedInFullAndNamedOnlyWithinTheUsersScope() {
        Map<Long, Set<Long>> expected = expectedMatches(target);
        Set<Long> lottesCases = ids("select id from case_file where counsellor_id = " + lotte);
        Set<Long> gentsCases = ids("select id from case_file where team_id = " + gent);
        assertThat(expected).as("the target case has matches to find").hasSizeGreaterThan(3);

        for (String user : List.of("lotte", "sofie")) {
            Set<Long> scope = user.equals("lotte") ? lottesCases : gentsCases;
            var matches = support.as(user, () -> queries.matches(target));

            assertThat(matches.keySet()).as(user).isEqualTo(expected.keySet());
            expected.forEach((identifierId, others) -> {
                var match = matches.get(identifierId);
                assertThat(match.otherCases()).as(user + " count").isEqualTo(others.size());
                Set<Long> visible = match.visible().stream().map(IdentifierMatch.LinkedCase::caseId)
                        .collect(Collectors.toSet());
                Set<Long> allowed = others.stream().filter(scope::contains).collect(Collectors.toSet());
                assertThat(allowed).as(user + " names only cases in scope").containsAll(visible);
                assertThat(visible).hasSize(Math.min(allowed.size(), IdentifierMatch.MAX_SHOWN));
            });
            var hot = matches.values().stream().filter(m -> m.otherCases() == HOT_CASES - 1).findFirst();
            assertThat(hot).as("the phone shared by %d cases", HOT_CASES).isPresent();

            report(user, "matches of a case (" + expected.size() + " identifiers matched)", expected.size(),
                    () -> queries.matches(target));
        }
    }

    @Test
    void countingOneIdentifierWhenItIsRecordedReadsOnlyTheIndex() {
        long expected = jdbc.queryForObject("""
                select count(distinct case_id) from extorter_identifier
                where kind = 'PHONE' and lookup_hash = ? and case_id <> ?""", Long.class, cipher.lookupHash(HOT_PHONE),
                target);

        assertThat(matching.otherCases(IdentifierKind.PHONE, cipher.lookupHash(HOT_PHONE), target)).isEqualTo(expected)
                .isEqualTo(HOT_CASES - 1);
        String plan = String.join("\n", jdbc.queryForList("""
                explain select count(distinct o.case_id) from extorter_identifier o
                where o.kind = 'PHONE' and o.lookup_hash = '%s' and o.case_id <> 1""".formatted(cipher.lookupHash("+32470000123")), String.class));
        assertThat(plan).contains("extorter_identifier_match_idx");

        report("lotte", "count of one identifier (" + HOT_PHONE + ")", expected,
                () -> matching.otherCases(IdentifierKind.PHONE, cipher.lookupHash(HOT_PHONE), target));
        report("lotte", "count of one identifier (a rare value)", 0,
                () -> matching.otherCases(IdentifierKind.PHONE, cipher.lookupHash("+32470999999"), target));
    }

    @Test
    void readingTheLogOfACaseStaysSmallWhateverTheRegistersSize() {
        var log = support.as("lotte", () -> queries.extorters(target));

        assertThat(log).isNotEmpty();
        assertThat(log.stream().mapToInt(e -> e.identifiers().size()).sum())
                .isEqualTo(jdbc.queryForObject("select count(*) from extorter_identifier where case_id = ?",
                        Integer.class, target));
        report("lotte", "log of a case (extorters, identifiers, contacts)", log.size(), () -> queries.extorters(target));
    }

    private Map<Long, Set<Long>> expectedMatches(Long caseId) {
        Map<Long, Set<Long>> expected = new java.util.HashMap<>();
        jdbc.query("""
                select i.id, o.case_id from extorter_identifier i
                join extorter_identifier o on o.kind = i.kind and o.lookup_hash = i.lookup_hash
                                          and o.case_id <> i.case_id
                where i.case_id = ?""", rs -> {
            expected.computeIfAbsent(rs.getLong(1), id -> new HashSet<>()).add(rs.getLong(2));
        }, caseId);
        return expected;
    }

    /**
     * Times {@code lookup}, signed in as {@code user}, after a warm-up; prints the median and guards
     * against a lookup gone badly wrong. The time is the service call's: security, scope check,
     * transaction, SQL and the audit row.
     */
    private void report(String user, String what, long found, Supplier<?> lookup) {
        Timing timing = support.as(user, () -> Timing.of(WARM_UP, RUNS, lookup));
        double median = timing.median();
        System.out.printf(Locale.ROOT, "PERF %-6s %-52s found=%-4d median=%7.2f ms  min=%7.2f  max=%7.2f  (%d identifiers)%n",
                user, what, found, median, timing.min(), timing.max(), IDENTIFIERS);
        assertThat(median).as("median ms of " + what + " for " + user).isLessThan(GUARD_MS);
    }

    private Set<Long> ids(String sql) {
        return new HashSet<>(jdbc.queryForList(sql, Long.class));
    }

    private long count(String table) {
        return jdbc.queryForObject("select count(*) from " + table, Long.class);
    }
}
