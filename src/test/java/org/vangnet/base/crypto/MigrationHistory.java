package org.vangnet.base.crypto;

import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/** What Flyway ran, in order, from a given script on: where a Java migration stands among the SQL ones. */
final class MigrationHistory {

    private MigrationHistory() {
    }

    /** "SQL encrypted contacts", "JDBC encrypt existing …", … from {@code script} on. */
    static List<String> from(JdbcTemplate jdbc, String script) {
        return jdbc.queryForList("""
                select type || ' ' || description from flyway_schema_history
                where success and installed_rank >= (select installed_rank from flyway_schema_history
                                                     where script = ?)
                order by installed_rank""", String.class, script);
    }
}
