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
}
