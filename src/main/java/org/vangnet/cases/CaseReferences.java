package org.vangnet.cases;

import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.vangnet.base.time.HelplineZone;

/**
 * Hands out readable references, {@code VN-2026-000123}: a counter per year, incremented in the
 * database in one statement so that two counsellors opening a case at once never get the same one.
 */
@Component
class CaseReferences {

    private final JdbcTemplate jdbc;
    private final Clock clock;

    CaseReferences(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    String next() {
        int year = clock.instant().atZone(HelplineZone.ZONE).getYear();
        Integer number = jdbc.queryForObject("""
                insert into case_reference_counter (year, last_value) values (?, 1)
                on conflict (year) do update set last_value = case_reference_counter.last_value + 1
                returning last_value""", Integer.class, year);
        return format(year, number);
    }

    static String format(int year, int number) {
        return "VN-%d-%06d".formatted(year, number);
    }
}
