package org.vangnet.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps evidence files on disk, outside anything the web server serves, under random names. The
 * only way out is a download through {@link EvidenceService}, which checks access and audits it.
 */
@Component
class EvidenceStorage {

    private final Path directory;

    EvidenceStorage(@Value("${vangnet.evidence.directory:./data/evidence}") String directory) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }

    String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        try {
            Files.createDirectories(directory);
            Files.write(resolve(key), content, StandardOpenOption.CREATE_NEW);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not store an evidence file", e);
        }
        return key;
    }

    byte[] read(String key) {
        try {
            return Files.readAllBytes(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read an evidence file", e);
        }
    }

    void delete(String key) {
        try {
            Files.deleteIfExists(resolve(key));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete an evidence file", e);
        }
    }

    private Path resolve(String key) {
        // Keys are our own UUIDs; anything else would be an attempt to leave the directory.
        UUID.fromString(key);
        return directory.resolve(key);
    }
}
