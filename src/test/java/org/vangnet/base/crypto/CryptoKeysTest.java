package org.vangnet.base.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CryptoKeysTest {

    @TempDir
    Path dataDirectory;

    @Test
    void anExternalDatabaseWithoutKeysDoesNotStart() {
        assertThatThrownBy(() -> CryptoKeys.cipher(null, null, null, false, "./data/keys"))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("VANGNET_CRYPTO_DATA_KEY").hasMessageContaining("VANGNET_CRYPTO_LOOKUP_KEY");
        assertThatThrownBy(() -> CryptoKeys.cipher(" ", "", null, false, null)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void configuredKeysAreUsedAndMustBeBothThirtyTwoBytes() {
        String data = base64(FieldCipherTest.key());
        String lookup = base64(FieldCipherTest.key());

        var first = CryptoKeys.cipher(data, lookup, null, false, null);
        var second = CryptoKeys.cipher(data, lookup, null, true, dataDirectory.toString());
        assertThat(second.decrypt(first.encrypt("secret"))).isEqualTo("secret");
        assertThat(Files.exists(dataDirectory.resolve("data.key"))).isFalse();

        assertThatThrownBy(() -> CryptoKeys.cipher(data, null, null, false, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("both");
        assertThatThrownBy(() -> CryptoKeys.cipher(base64(new byte[16]), lookup, null, false, null))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("32 bytes").hasMessageNotContaining(lookup);
        assertThatThrownBy(() -> CryptoKeys.cipher("not base64!", lookup, null, false, null))
                .isInstanceOf(IllegalStateException.class).hasMessageNotContaining("not base64!");
    }

    @Test
    void theEmbeddedDatabaseGetsKeysGeneratedOnceOwnerOnlyAndKeptAcrossRestarts() throws Exception {
        Path keys = dataDirectory.resolve("keys");

        var first = CryptoKeys.cipher(null, null, null, true, keys.toString());
        String stored = first.encrypt("+32478123456");
        var afterRestart = CryptoKeys.cipher(null, null, null, true, keys.toString());

        assertThat(afterRestart.decrypt(stored)).isEqualTo("+32478123456");
        assertThat(afterRestart.lookupHash("x")).isEqualTo(first.lookupHash("x"));
        assertThat(Files.getPosixFilePermissions(keys)).isEqualTo(PosixFilePermissions.fromString("rwx------"));
        for (String file : new String[] {"data.key", "lookup.key"}) {
            assertThat(Files.getPosixFilePermissions(keys.resolve(file)))
                    .isEqualTo(PosixFilePermissions.fromString("rw-------"));
            assertThat(Base64.getDecoder().decode(Files.readString(keys.resolve(file)).strip())).hasSize(32);
        }
        assertThat(Files.readString(keys.resolve("data.key"))).isNotEqualTo(Files.readString(keys.resolve("lookup.key")));
        try (var listing = Files.list(keys)) {
            assertThat(listing).as("no temporary files left").hasSize(2);
        }
    }

    @Test
    void withoutAKeyDirectoryTheEmbeddedTestDatabaseGetsKeysForThisRunOnly() {
        var first = CryptoKeys.cipher(null, null, null, true, "");
        var second = CryptoKeys.cipher(null, null, null, true, null);

        assertThat(first.lookupHash("x")).isNotEqualTo(second.lookupHash("x"));
    }

    private static String base64(byte[] key) {
        return Base64.getEncoder().encodeToString(key);
    }
}
