package org.vangnet.cases;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vangnet.base.domain.DomainException;

/**
 * Keeps evidence files on disk, outside anything the web server serves, under random names. The
 * only way out is a download through {@link EvidenceService}, which checks access and audits it.
 */
@Component
class EvidenceStorage {

    static final String NOT_STORED = "validation.evidence.not-stored";
    static final String PARTIAL = ".part";
    private static final Logger log = LoggerFactory.getLogger(EvidenceStorage.class);

    private final Path directory;

    EvidenceStorage(@Value("${vangnet.evidence.directory:./data/evidence}") String directory) {
        this.directory = Path.of(directory).toAbsolutePath().normalize();
    }

    /**
     * Writes the file under a new key. It is written to a temporary name first and only then given
     * its key, so a full or read-only disk never leaves a half-written file under a key; the
     * temporary file goes too. The refusal names the upload field: the user can try again.
     */
    String store(byte[] content) {
        String key = UUID.randomUUID().toString();
        Path partial = directory.resolve(key + PARTIAL);
        try {
            Files.createDirectories(directory);
            Files.write(partial, content, StandardOpenOption.CREATE_NEW, StandardOpenOption.SYNC);
            Files.move(partial, resolve(key), StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | UncheckedIOException e) {
            deleteQuietly(partial);
            log.warn("An evidence file could not be stored in {}: {}", directory, e.toString());
            throw DomainException.onField("file", NOT_STORED);
        }
        return key;
    }

    /** Every file in the directory with how old it is, for the consistency check: keys and partial files. */
    Map<String, Instant> files() {
        if (!Files.isDirectory(directory)) {
            return Map.of();
        }
        try (Stream<Path> listing = Files.list(directory)) {
            Map<String, Instant> found = new HashMap<>();
            listing.filter(Files::isRegularFile).forEach(path -> {
                try {
                    found.put(path.getFileName().toString(), Files.getLastModifiedTime(path).toInstant());
                } catch (IOException e) {
                    log.warn("Evidence file {} could not be examined: {}", path.getFileName(), e.toString());
                }
            });
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the evidence directory", e);
        }
    }

    boolean exists(String key) {
        return Files.isRegularFile(resolve(key));
    }

    /** Deletes a file found in the directory by {@link #files()}: a key, or a partial file left by a crash. */
    void deleteFound(String name) {
        String key = name.endsWith(PARTIAL) ? name.substring(0, name.length() - PARTIAL.length()) : name;
        UUID.fromString(key);
        try {
            Files.deleteIfExists(directory.resolve(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not delete an evidence file", e);
        }
    }

    private static void deleteQuietly(Path path) {
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            // The consistency check finds it later (EvidenceCheck).
            log.warn("Partial evidence file {} could not be deleted: {}", path.getFileName(), e.toString());
        }
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
