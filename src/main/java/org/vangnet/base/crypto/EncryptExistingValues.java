package org.vangnet.base.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.flywaydb.core.api.migration.Context;
import org.flywaydb.core.api.migration.JavaMigration;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 10.1, between the SQL migrations V010 and V010_2: encrypts the contact details
 * and extorter identifiers stored in plaintext before decision 013 and fills in their lookup hashes.
 * A Spring bean because it needs the keys; Spring Boot hands every {@link JavaMigration} bean to
 * Flyway. It runs once, in the same transaction as the rest of the migration, like any other.
 * Values already in the encrypted format are left alone, so it is also safe on a half-migrated copy.
 */
@Component
class EncryptExistingValues extends KeyedJavaMigration {

    EncryptExistingValues(FieldCipher cipher) {
        super(cipher, "10.1", "encrypt existing contacts and identifiers");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        // Contact values are stored normalised already (E.164, lower-case e-mail, stripped text).
        try (PreparedStatement read = connection.prepareStatement(
                     "select id, value from client_contact where value not like 'v1:%'");
             PreparedStatement write = connection.prepareStatement(
                     "update client_contact set value = ?, lookup_hash = ? where id = ?");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                String value = rows.getString("value");
                write.setString(1, cipher.encrypt(value));
                write.setString(2, cipher.lookupHash(value));
                write.setLong(3, rows.getLong("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
        // Until V010, lookup_hash was normalised_value: the plaintext match key.
        try (PreparedStatement read = connection.prepareStatement(
                     "select id, value, lookup_hash from extorter_identifier where value not like 'v1:%'");
             PreparedStatement write = connection.prepareStatement(
                     "update extorter_identifier set value = ?, lookup_hash = ? where id = ?");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                write.setString(1, cipher.encrypt(rows.getString("value")));
                write.setString(2, cipher.lookupHash(rows.getString("lookup_hash")));
                write.setLong(3, rows.getLong("id"));
                write.addBatch();
            }
            write.executeBatch();
        }
    }
}
