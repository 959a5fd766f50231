package org.vangnet.base.crypto;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Encrypts single database values and computes their lookup hashes (decision 013).
 *
 * <p>A value is stored as {@code v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>}: AES-256-GCM with
 * a random 96-bit nonce per value, so equal values never look equal in the table. The key id names
 * the data key that encrypted it, so after a rotation old values still decrypt with a retired key
 * until they are re-encrypted. Equality lookups use {@link #lookupHash}: HMAC-SHA-256 with a
 * separate key of the already normalised value, hex-encoded.
 *
 * <p>Never logs, and never puts a key or a plaintext into an exception message.
 */
public final class FieldCipher {

    public static final String PREFIX = "v1:";
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final SecureRandom random = new SecureRandom();
    private final String currentKeyId;
    private final Map<String, SecretKeySpec> dataKeys = new LinkedHashMap<>();
    private final SecretKeySpec lookupKey;

    /**
     * @param dataKey        the key that encrypts (32 bytes)
     * @param lookupKey      the key of the lookup hashes (32 bytes; never changes without re-hashing)
     * @param retiredDataKeys earlier data keys, still able to decrypt
     */
    public FieldCipher(byte[] dataKey, byte[] lookupKey, List<byte[]> retiredDataKeys) {
        requireKey(dataKey, "data key");
        requireKey(lookupKey, "lookup key");
        if (MessageDigest.isEqual(dataKey, lookupKey)) {
            throw new IllegalArgumentException("The data key and the lookup key must differ");
        }
        this.currentKeyId = keyId(dataKey);
        this.dataKeys.put(currentKeyId, new SecretKeySpec(dataKey.clone(), "AES"));
        for (byte[] retired : retiredDataKeys) {
            requireKey(retired, "retired data key");
            this.dataKeys.putIfAbsent(keyId(retired), new SecretKeySpec(retired.clone(), "AES"));
        }
        this.lookupKey = new SecretKeySpec(lookupKey.clone(), "HmacSHA256");
    }

    public FieldCipher(byte[] dataKey, byte[] lookupKey) {
        this(dataKey, lookupKey, List.of());
    }

    /** The encrypted form of a value; {@code null} stays {@code null}. */
    public String encrypt(String plaintext) {
        if (plaintext == null) {
            return null;
        }
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, dataKeys.get(currentKeyId), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(PREFIX.getBytes(StandardCharsets.US_ASCII));
            byte[] sealed = cipher.doFinal(plaintext.getBytes(StandardCharsets.UTF_8));
            byte[] out = ByteBuffer.allocate(nonce.length + sealed.length).put(nonce).put(sealed).array();
            return PREFIX + currentKeyId + ":" + Base64.getEncoder().encodeToString(out);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Encryption failed", e);
        }
    }

    /** The plaintext of an encrypted value; fails if it was changed or encrypted with an unknown key. */
    public String decrypt(String stored) {
        if (stored == null) {
            return null;
        }
        if (!isEncrypted(stored)) {
            throw new IllegalStateException("Value is not in the encrypted format");
        }
        int colon = stored.indexOf(':', PREFIX.length());
        if (colon < 0) {
            throw new IllegalStateException("Value is not in the encrypted format");
        }
        SecretKeySpec key = dataKeys.get(stored.substring(PREFIX.length(), colon));
        if (key == null) {
            throw new IllegalStateException("Value was encrypted with an unknown data key");
        }
        try {
            byte[] in = Base64.getDecoder().decode(stored.substring(colon + 1));
            if (in.length < NONCE_BYTES + TAG_BITS / 8) {
                throw new IllegalStateException("Encrypted value is truncated");
            }
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(TAG_BITS, in, 0, NONCE_BYTES));
            cipher.updateAAD(PREFIX.getBytes(StandardCharsets.US_ASCII));
            byte[] plain = cipher.doFinal(in, NONCE_BYTES, in.length - NONCE_BYTES);
            return new String(plain, StandardCharsets.UTF_8);
        } catch (GeneralSecurityException | IllegalArgumentException e) {
            throw new IllegalStateException("Encrypted value could not be decrypted (changed, or wrong key)", e);
        }
    }

    /**
     * The plaintext of an encrypted value; a value not in the encrypted format is returned as it is:
     * a fixed placeholder written by pseudonymisation, or a free text not yet reached by a migration.
     */
    public String decryptIfEncrypted(String stored) {
        return isEncrypted(stored) ? decrypt(stored) : stored;
    }

    /** The id of the data key that encrypts now (8 hex characters, never the key). */
    public String currentKeyId() {
        return currentKeyId;
    }

    /** Keyed hash of an already normalised value, for equality lookups (64 hex characters). */
    public String lookupHash(String normalised) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(lookupKey);
            return HexFormat.of().formatHex(mac.doFinal(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Lookup hash failed", e);
        }
    }

    public static boolean isEncrypted(String stored) {
        return stored != null && stored.startsWith(PREFIX);
    }

    /** Whether this value was encrypted with a key other than the current one (to re-encrypt after a rotation). */
    public boolean needsReEncryption(String stored) {
        return !isEncrypted(stored) || !stored.startsWith(PREFIX + currentKeyId + ":");
    }

    /** Public identification of a data key: the first 8 hex characters of its SHA-256, never the key. */
    static String keyId(byte[] key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key)).substring(0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void requireKey(byte[] key, String what) {
        if (key == null || key.length != 32) {
            throw new IllegalArgumentException("The " + what + " must be 32 bytes (base64-encoded in the configuration)");
        }
    }

    @Override
    public String toString() {
        return "FieldCipher[key " + currentKeyId + "]";
    }
}
