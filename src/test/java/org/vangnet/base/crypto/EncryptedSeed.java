package org.vangnet.base.crypto;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * For tests that seed many rows with SQL: the rows are inserted with the plaintext value and the
 * plaintext normalised value in {@code lookup_hash}, then this encrypts the values and replaces the
 * normalised values by their keyed hashes in one batch, as the application would have stored them.
 * (pgcrypto is not part of the embedded PostgreSQL, so SQL cannot compute the HMAC itself.)
 */
public final class EncryptedSeed {

    private EncryptedSeed() {
    }

    /** @return how many rows were encrypted */
    public static int encryptInPlace(JdbcTemplate jdbc, FieldCipher cipher, String table) {
        List<Object[]> rows = new ArrayList<>();
        jdbc.query("select id, value, lookup_hash from " + table + " where value not like 'v1:%'",
                rs -> {
                    rows.add(new Object[] {cipher.encrypt(rs.getString(2)), cipher.lookupHash(rs.getString(3)),
                            rs.getLong(1)});
                });
        jdbc.batchUpdate("update " + table + " set value = ?, lookup_hash = ? where id = ?", rows);
        return rows.size();
    }
}
