package org.vangnet.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.crypto.FieldCipher;

/**
 * The second factors of the accounts in PostgreSQL: the authenticator-app secret (encrypted) with
 * the last time step that signed in, and the recovery codes (only their SHA-256). Consuming a code
 * is one conditional update, so two nodes can never both accept the same code.
 */
@Component
class SecondFactorStore {

    static final int RECOVERY_CODES = 10;
    /** 16 Base32 characters: 80 random bits, beyond reach of guessing even from the stored hash. */
    private static final int RECOVERY_CODE_LENGTH = 16;
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    record TotpSecret(String base32, Long lastUsedStep) {
    }

    private final JdbcTemplate jdbc;
    private final FieldCipher cipher;

    SecondFactorStore(JdbcTemplate jdbc, FieldCipher cipher) {
        this.jdbc = jdbc;
        this.cipher = cipher;
    }

    @Transactional(readOnly = true)
    boolean hasAuthenticatorApp(Long userId) {
        return Boolean.TRUE.equals(jdbc.queryForObject(
                "select exists (select 1 from user_totp where user_id = ?)", Boolean.class, userId));
    }

    @Transactional(readOnly = true)
    Optional<TotpSecret> totpSecret(Long userId) {
        return jdbc.query("select secret, last_used_step from user_totp where user_id = ?",
                (rs, n) -> new TotpSecret(cipher.decrypt(rs.getString("secret")), (Long) rs.getObject("last_used_step")),
                userId).stream().findFirst();
    }

    /** Records that the code of this time step signed in; false if it (or a later one) already did. */
    @Transactional
    boolean consumeStep(Long userId, long step) {
        return jdbc.update("""
                update user_totp set last_used_step = ?
                where user_id = ? and (last_used_step is null or last_used_step < ?)""", step, userId, step) == 1;
    }

    /** Replaces any earlier secret, and with it every recovery code. Returns the new codes, shown once. */
    @Transactional
    List<String> enrol(Long userId, String base32Secret, Long usedStep, Instant now) {
        reset(userId);
        jdbc.update("insert into user_totp (user_id, secret, last_used_step, enrolled_at) values (?, ?, ?, ?)",
                userId, cipher.encrypt(base32Secret), usedStep, Timestamp.from(now));
        return newRecoveryCodes(userId, now);
    }

    /** Issues a fresh set of recovery codes; the earlier ones stop working. */
    @Transactional
    List<String> newRecoveryCodes(Long userId, Instant now) {
        jdbc.update("delete from user_recovery_code where user_id = ?", userId);
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < RECOVERY_CODES; i++) {
            var code = new StringBuilder();
            for (int c = 0; c < RECOVERY_CODE_LENGTH; c++) {
                code.append(ALPHABET.charAt(RANDOM.nextInt(ALPHABET.length())));
            }
            codes.add(code.toString().replaceAll("(.{4})(?!$)", "$1-"));
            jdbc.update("insert into user_recovery_code (user_id, code_hash, created_at) values (?, ?, ?)",
                    userId, hash(code.toString()), Timestamp.from(now));
        }
        return codes;
    }

    /** Uses up the recovery code if it is one of the account's unused ones. */
    @Transactional
    boolean consumeRecoveryCode(Long userId, String typed, Instant now) {
        String normalised = normaliseRecoveryCode(typed);
        return normalised != null && jdbc.update("""
                update user_recovery_code set used_at = ?
                where user_id = ? and code_hash = ? and used_at is null""",
                Timestamp.from(now), userId, hash(normalised)) == 1;
    }

    @Transactional(readOnly = true)
    int unusedRecoveryCodes(Long userId) {
        return jdbc.queryForObject("select count(*) from user_recovery_code where user_id = ? and used_at is null",
                Integer.class, userId);
    }

    /** Forgets every factor of the account; returns whether it had any. */
    @Transactional
    boolean reset(Long userId) {
        int codes = jdbc.update("delete from user_recovery_code where user_id = ?", userId);
        return jdbc.update("delete from user_totp where user_id = ?", userId) + codes > 0;
    }

    /** Upper case without dashes or spaces, or {@code null} when it cannot be a recovery code. */
    static String normaliseRecoveryCode(String typed) {
        String value = typed == null ? "" : typed.replaceAll("[\\s-]", "").toUpperCase(Locale.ROOT);
        return value.length() == RECOVERY_CODE_LENGTH && value.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0)
                ? value : null;
    }

    private static String hash(String normalisedCode) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(normalisedCode.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
