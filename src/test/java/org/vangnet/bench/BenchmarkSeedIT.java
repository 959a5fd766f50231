package org.vangnet.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.vangnet.base.crypto.FieldCipher;

/**
 * The million-case benchmark's seed (issue 11), run at a small scale in every build. The seed is
 * plain SQL against a schema that keeps growing, and only the benchmark runs it: a column or a
 * constraint added without the seed following would otherwise show only when someone seeds a million
 * cases from a clean clone, as the check does. Its own embedded PostgreSQL, emptied first, in
 * {@code target/benchmark-seed}; the application connects to it as to an external database, as in the
 * benchmark.
 */
@SpringBootTest(properties = {
        "vangnet.test.context=benchmark-seed",
        "spring.datasource.username=postgres",
        "vangnet.demo-data.enabled=false",
        "vangnet.followups.reminder-cron=-",
        "logging.level.org.vangnet=warn"})
class BenchmarkSeedIT {

    static final int CASES = 3_000;

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) {
        registry.add("spring.datasource.url",
                () -> BenchmarkDatabase.jdbcUrl(Path.of("target/benchmark-seed/pgdata"), true, "128MB"));
    }

    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    FieldCipher cipher;

    @Test
    void seedsEveryTableTheBenchmarkReadsAsTheApplicationWouldHaveWrittenIt() {
        var seed = new BenchmarkSeed(jdbc, cipher, CASES);
        assertThat(seed.alreadySeeded()).isFalse();

        seed.seed();

        assertThat(seed.alreadySeeded()).isTrue();
        assertThat(count("case_file")).isEqualTo(CASES);
        assertThat(count("app_user where role = 'COUNSELLOR'")).isEqualTo(100);
        // As the benchmark checks its million: about three requests per case, one web-address item each.
        assertThat(count("takedown_request")).isGreaterThanOrEqualTo(CASES * 29L / 10);
        assertThat(count("takedown_item")).isEqualTo(count("takedown_request"));
        // The opening and a first note on every case, and a status line on every case past NEW.
        assertThat(count("case_timeline_entry")).isEqualTo(2L * CASES + count("case_file where status <> 'NEW'"));
        assertThat(count("case_timeline_entry where message_key = 'timeline.case.opened'")).isEqualTo(CASES);
        // The institute's queue: escalated between submission and the platform's decision, with its transition.
        assertThat(count("takedown_request where escalated_at is not null")).isPositive()
                .isEqualTo(count("takedown_transition where to_status = 'ESCALATED'"));
        assertThat(count("""
                takedown_request where escalated_at is not null
                and not (escalated_at > submitted_at and escalated_at < decided_at)""")).isZero();
        assertThat(count("follow_up")).isPositive();
        assertThat(count("extorter_identifier")).isEqualTo(2 * count("extorter"));
        assertThat(count("extorter")).isEqualTo(count("case_harm where kind = 'SEXTORTION'"));
        // Every case's harm rows are those of its mask, and a deepfake is the rare kind (5 %).
        assertThat(count("""
                case_file c where c.harm_mask <> coalesce(
                    (select bit_or(harm_bit(h.kind)) from case_harm h where h.case_id = c.id), 0)""")).isZero();
        assertThat(count("case_harm where kind = 'DEEPFAKE'")).isEqualTo(CASES / 20);
        // Shares carry their case's list columns (decision 054), as the trigger keeps them.
        assertThat(count("case_share")).isPositive();
        assertThat(count("""
                case_share s join case_file c on c.id = s.case_id
                where (s.status, s.priority, s.opened_at, s.counsellor_id, s.harm_mask)
                      is distinct from (c.status, c.priority, c.opened_at, c.counsellor_id, c.harm_mask)""")).isZero();
        // Two past lines per case in the audit trail, each knowing its case (the case's record).
        assertThat(count("audit_event where case_id is not null")).isEqualTo(2L * CASES);
        assertThat(count("audit_event where object_type = 'CASE' and case_id is distinct from object_id::bigint"))
                .isZero();
        // The values the "already known?" searches look for.
        assertThat(count("client_contact where lookup_hash = '" + cipher.lookupHash(BenchmarkSeed.PROBE_PHONE) + "'"))
                .isEqualTo(1);
    }

    private long count(String from) {
        return jdbc.queryForObject("select count(*) from " + from, Long.class);
    }
}
