package org.vangnet.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;

class FieldCipherTest {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final byte[] dataKey = key();
    private final byte[] lookupKey = key();
    private final FieldCipher cipher = new FieldCipher(dataKey, lookupKey);

    @Test
    void aValueComesBackAsItWentInAndNoneOfItIsVisible() {
        String phone = "+32478123456";
        String stored = cipher.encrypt(phone);

        assertThat(stored).startsWith("v1:" + FieldCipher.keyId(dataKey) + ":").doesNotContain("478123456");
        assertThat(cipher.decrypt(stored)).isEqualTo(phone);
        assertThat(cipher.decrypt(cipher.encrypt("élodie@exämple.org ✓"))).isEqualTo("élodie@exämple.org ✓");
        assertThat(cipher.decrypt(cipher.encrypt(""))).isEmpty();
        assertThat(cipher.encrypt(null)).isNull();
        assertThat(cipher.decrypt(null)).isNull();
    }

    @Test
    void theSameValueIsEncryptedDifferentlyEachTimeWithAFreshNonce() {
        String first = cipher.encrypt("+32478123456");
        String second = cipher.encrypt("+32478123456");

        assertThat(first).isNotEqualTo(second);
        byte[] a = Base64.getDecoder().decode(first.substring(first.lastIndexOf(':') + 1));
        byte[] b = Base64.getDecoder().decode(second.substring(second.lastIndexOf(':') + 1));
        assertThat(a).hasSize(12 + 12 + 16);
        assertThat(java.util.Arrays.copyOf(a, 12)).isNotEqualTo(java.util.Arrays.copyOf(b, 12));
    }

    @Test
    void aChangedValueIsRefusedNotDecryptedToSomethingElse() {
        String stored = cipher.encrypt("+32478123456");
        int at = stored.lastIndexOf(':') + 1;
        byte[] sealed = Base64.getDecoder().decode(stored.substring(at));
        sealed[sealed.length - 20] ^= 1;
        String tampered = stored.substring(0, at) + Base64.getEncoder().encodeToString(sealed);

        assertThatThrownBy(() -> cipher.decrypt(tampered)).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("+32478123456");
        assertThatThrownBy(() -> cipher.decrypt(stored.substring(0, stored.length() - 8)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> cipher.decrypt("+32478123456")).isInstanceOf(IllegalStateException.class)
                .hasMessageNotContaining("+32478123456");
    }

    @Test
    void anotherKeyCannotDecryptButARetiredKeyStillCanAfterARotation() {
        String stored = cipher.encrypt("+32478123456");
        byte[] newKey = key();

        assertThatThrownBy(() -> new FieldCipher(newKey, lookupKey).decrypt(stored))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("unknown data key");
        // Same key id claimed, other key: the tag does not match.
        String forged = "v1:" + FieldCipher.keyId(newKey) + stored.substring(stored.lastIndexOf(':'));
        assertThatThrownBy(() -> new FieldCipher(newKey, lookupKey).decrypt(forged))
                .isInstanceOf(IllegalStateException.class);

        var rotated = new FieldCipher(newKey, lookupKey, List.of(dataKey));
        assertThat(rotated.decrypt(stored)).isEqualTo("+32478123456");
        assertThat(rotated.needsReEncryption(stored)).isTrue();
        assertThat(rotated.needsReEncryption(rotated.encrypt("x"))).isFalse();
        assertThat(rotated.lookupHash("+32478123456")).isEqualTo(cipher.lookupHash("+32478123456"));
    }

    @Test
    void theLookupHashIsStableKeyedAndHidesTheValue() {
        String hash = cipher.lookupHash("+32478123456");

        assertThat(hash).hasSize(64).matches("[0-9a-f]{64}").isEqualTo(cipher.lookupHash("+32478123456"))
                .isNotEqualTo(cipher.lookupHash("+32478123457"))
                .isNotEqualTo(new FieldCipher(dataKey, key()).lookupHash("+32478123456"));
    }

    @Test
    void keysOfTheWrongLengthOrTheSameKeyTwiceAreRefused() {
        assertThatThrownBy(() -> new FieldCipher(new byte[16], lookupKey)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new FieldCipher(dataKey, dataKey.clone())).isInstanceOf(IllegalArgumentException.class);
        assertThat(cipher.toString()).doesNotContain(Base64.getEncoder().encodeToString(dataKey));
    }

    static byte[] key() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return key;
    }
}
