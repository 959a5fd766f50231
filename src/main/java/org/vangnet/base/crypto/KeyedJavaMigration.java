package org.vangnet.base.crypto;

import org.flywaydb.core.api.MigrationVersion;
import org.flywaydb.core.api.migration.JavaMigration;

/**
 * A Flyway migration in Java that needs the keys, so a Spring bean rather than a class Flyway finds
 * by its name: it states its version and description itself. It runs in Flyway's transaction like
 * the SQL migrations around it, and has no checksum (its effect depends on the keys, not on a text).
 */
abstract class KeyedJavaMigration implements JavaMigration {

    protected final FieldCipher cipher;
    private final MigrationVersion version;
    private final String description;

    KeyedJavaMigration(FieldCipher cipher, String version, String description) {
        this.cipher = cipher;
        this.version = MigrationVersion.fromVersion(version);
        this.description = description;
    }

    @Override
    public MigrationVersion getVersion() {
        return version;
    }

    @Override
    public String getDescription() {
        return description;
    }

    @Override
    public Integer getChecksum() {
        return null;
    }

    @Override
    public boolean canExecuteInTransaction() {
        return true;
    }
}
