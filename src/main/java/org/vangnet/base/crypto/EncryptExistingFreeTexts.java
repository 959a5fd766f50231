package org.vangnet.base.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 17.3, after V017_2 widened the columns: encrypts the free texts about the client
 * written in plaintext before decision 031, like 10.1 did for contact details. Runs as the owner, in
 * Flyway's transaction; the timeline's append-only trigger is switched off for the length of it (the
 * owner may; the application's role may not, decision 029). Values already encrypted are left alone.
 */
@Component
class EncryptExistingFreeTexts extends KeyedJavaMigration {

    EncryptExistingFreeTexts(FieldCipher cipher) {
        super(cipher, "17.3", "encrypt existing free texts");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement statement = connection.createStatement()) {
            statement.execute("alter table case_timeline_entry disable trigger case_timeline_no_update");
            for (var column : EncryptedColumns.FREE_TEXTS) {
                encrypt(connection, column);
            }
            statement.execute("alter table case_timeline_entry enable trigger case_timeline_no_update");
        }
    }

    private void encrypt(Connection connection, EncryptedColumns.Column column) throws SQLException {
        try (PreparedStatement read = connection.prepareStatement("select %1$s, %2$s from %3$s where %2$s is not null"
                     .formatted(column.key(), column.column(), column.table()) + " and " + column.column()
                     + " not like 'v1:%'");
             PreparedStatement write = connection.prepareStatement("update %3$s set %2$s = ? where %1$s = ?"
                     .formatted(column.key(), column.column(), column.table()));
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                write.setString(1, cipher.encrypt(rows.getString(2)));
                write.setLong(2, rows.getLong(1));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
