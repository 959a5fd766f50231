package org.vangnet.base.crypto;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Flyway migration 28.3, after V028_2 added the column: the keyed hash of every takedown link
 * recorded before, so the search box finds old cases by their links too (decision 035). Items are
 * decrypted in memory only; one that is no web address (a pseudonymised placeholder) gets none. Rows
 * that have a hash already are left alone, so it is safe on a half-migrated copy.
 */
@Component
class HashExistingTakedownLinks extends KeyedJavaMigration {

    HashExistingTakedownLinks(FieldCipher cipher) {
        super(cipher, "28.3", "hash existing takedown links");
    }

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (PreparedStatement read = connection.prepareStatement("""
                     select id, value from takedown_item
                     where kind in ('URL', 'MESSAGE_LINK') and link_hash is null""");
             PreparedStatement write = connection.prepareStatement(
                     "update takedown_item set link_hash = ? where id = ?");
             ResultSet rows = read.executeQuery()) {
            while (rows.next()) {
                Optional<String> hash = LinkLookup.hash(cipher, cipher.decryptIfEncrypted(rows.getString("value")));
                if (hash.isPresent()) {
                    write.setString(1, hash.get());
                    write.setLong(2, rows.getLong("id"));
                    write.addBatch();
                }
            }
            write.executeBatch();
        }
    }

}
