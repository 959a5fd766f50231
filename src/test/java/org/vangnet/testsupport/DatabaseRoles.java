package org.vangnet.testsupport;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Connections to the embedded test database as the roles the application never uses (decision 029):
 * the owner that migrates, and the superuser, who can do anything, triggers off included.
 */
public final class DatabaseRoles {

    public static final String DATABASE = "vangnet";

    private DatabaseRoles() {
    }

    public static JdbcTemplate owner(EmbeddedPostgres postgres) {
        return new JdbcTemplate(postgres.getDatabase("vangnet_owner", DATABASE));
    }

    public static JdbcTemplate superuser(EmbeddedPostgres postgres) {
        return new JdbcTemplate(postgres.getDatabase("postgres", DATABASE));
    }
}
