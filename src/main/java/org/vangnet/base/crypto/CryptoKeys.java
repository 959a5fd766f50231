package org.vangnet.base.crypto;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import org.springframework.util.StringUtils;

/**
 * Where the keys come from (decision 013).
 *
 * <ul>
 *   <li>Configured ({@code vangnet.crypto.data-key}, {@code vangnet.crypto.lookup-key}, base64 of 32
 *       bytes; env {@code VANGNET_CRYPTO_DATA_KEY}, {@code VANGNET_CRYPTO_LOOKUP_KEY}): always used.</li>
 *   <li>Not configured, embedded database with a key directory: read from, or the first time
 *       generated into, {@code data.key} and {@code lookup.key} there, owner-only.</li>
 *   <li>Not configured, embedded database without a key directory (tests: a throw-away database):
 *       random keys that live as long as the process.</li>
 *   <li>Not configured, external database: refuses to start (fail closed).</li>
 * </ul>
 */
public final class CryptoKeys {

    static final String DATA_KEY_FILE = "data.key";
    static final String LOOKUP_KEY_FILE = "lookup.key";

    private CryptoKeys() {
    }

    public static FieldCipher cipher(String dataKey, String lookupKey, String retiredDataKeys, boolean embedded,
                                     String keyDirectory) {
        List<byte[]> retired = new ArrayList<>();
        if (StringUtils.hasText(retiredDataKeys)) {
            Arrays.stream(retiredDataKeys.split(",")).map(String::strip).filter(s -> !s.isEmpty())
                    .forEach(s -> retired.add(decode(s, "vangnet.crypto.retired-data-keys")));
        }
        if (StringUtils.hasText(dataKey) || StringUtils.hasText(lookupKey)) {
            if (!StringUtils.hasText(dataKey) || !StringUtils.hasText(lookupKey)) {
                throw new IllegalStateException("Set both vangnet.crypto.data-key and vangnet.crypto.lookup-key "
                        + "(VANGNET_CRYPTO_DATA_KEY, VANGNET_CRYPTO_LOOKUP_KEY), not only one");
            }
            return new FieldCipher(decode(dataKey, "vangnet.crypto.data-key"),
                    decode(lookupKey, "vangnet.crypto.lookup-key"), retired);
        }
        if (!embedded) {
            throw new IllegalStateException("No encryption keys: with an external database, set "
                    + "VANGNET_CRYPTO_DATA_KEY and VANGNET_CRYPTO_LOOKUP_KEY (each base64 of 32 random bytes, "
                    + "e.g. `openssl rand -base64 32`), and keep them apart from the database backups. "
                    + "Vangnet does not start without them.");
        }
        if (!StringUtils.hasText(keyDirectory)) {
            return new FieldCipher(random(), random(), retired);
        }
        Path directory = Path.of(keyDirectory);
        return new FieldCipher(fileKey(directory.resolve(DATA_KEY_FILE)), fileKey(directory.resolve(LOOKUP_KEY_FILE)),
                retired);
    }

    private static byte[] fileKey(Path file) {
        try {
            if (!Files.exists(file)) {
                Path directory = file.toAbsolutePath().getParent();
                if (!Files.exists(directory)) {
                    Files.createDirectories(directory);
                    ownerOnly(directory, "rwx------");
                }
                Path temporary = Files.createTempFile(directory, ".key", ".tmp");
                ownerOnly(temporary, "rw-------");
                Files.writeString(temporary, Base64.getEncoder().encodeToString(random()));
                Files.move(temporary, file, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
            }
            return decode(Files.readString(file).strip(), file.getFileName().toString());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read or create the key file " + file, e);
        }
    }

    private static void ownerOnly(Path path, String permissions) throws IOException {
        if (path.getFileSystem().supportedFileAttributeViews().contains("posix")) {
            Files.setPosixFilePermissions(path, PosixFilePermissions.fromString(permissions));
        }
    }

    private static byte[] decode(String base64, String what) {
        byte[] key;
        try {
            key = Base64.getDecoder().decode(base64.strip());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException(what + " is not valid base64");
        }
        if (key.length != 32) {
            throw new IllegalStateException(what + " must be base64 of exactly 32 bytes");
        }
        return key;
    }

    private static byte[] random() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return key;
    }
}
