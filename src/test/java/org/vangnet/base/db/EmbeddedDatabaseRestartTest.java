package org.vangnet.base.db;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;

/** {@code spring-boot:run} keeps its data under ./data: a restart must find what was saved before. */
class EmbeddedDatabaseRestartTest {

    @TempDir
    Path dataDirectory;

    @Test
    void dataSurvivesARestartOfTheEmbeddedDatabase() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        var properties = new EmbeddedDatabaseProperties(dataDirectory.toString(), 0);

        try (var postgres = configuration.embeddedPostgres(properties);
             var dataSource = configuration.ownerDataSource(postgres)) {
            var jdbc = new JdbcTemplate(dataSource);
            jdbc.execute("create table kept (note text)");
            jdbc.update("insert into kept values ('still here')");
        }

        try (var postgres = configuration.embeddedPostgres(properties);
             var dataSource = configuration.ownerDataSource(postgres)) {
            assertThat(new JdbcTemplate(dataSource).queryForObject("select note from kept", String.class))
                    .isEqualTo("still here");
        }
        assertThat(dataDirectory.resolve("PG_VERSION")).exists();
    }

    @Test
    void tablesAnEarlierVersionCreatedAsTheSuperuserAreHandedToTheOwnerAtTheNextStart() throws Exception {
        var configuration = new EmbeddedDatabaseConfiguration();
        var properties = new EmbeddedDatabaseProperties(dataDirectory.toString(), 0);
        try (var postgres = configuration.embeddedPostgres(properties)) {
            // As before decision 029: everything created by the superuser.
            var superuser = new JdbcTemplate(postgres.getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
            superuser.execute("create table legacy (id bigint generated always as identity primary key, note text)");
            superuser.execute("create function legacy_fn() returns int language sql as 'select 1'");
        }

        try (var postgres = configuration.embeddedPostgres(properties)) {
            var superuser = new JdbcTemplate(postgres.getDatabase("postgres", EmbeddedDatabaseConfiguration.DATABASE));
            assertThat(superuser.queryForObject("select pg_get_userbyid(relowner) from pg_class where relname = 'legacy'",
                    String.class)).isEqualTo(EmbeddedDatabaseConfiguration.OWNER_ROLE);
            assertThat(superuser.queryForObject("select pg_get_userbyid(proowner) from pg_proc where proname = 'legacy_fn'",
                    String.class)).isEqualTo(EmbeddedDatabaseConfiguration.OWNER_ROLE);
            assertThat(superuser.queryForObject("select pg_get_userbyid(datdba) from pg_database where datname = ?",
                    String.class, EmbeddedDatabaseConfiguration.DATABASE)).isEqualTo(EmbeddedDatabaseConfiguration.OWNER_ROLE);
        }
    }
}
