package org.vangnet.cases;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The only file types evidence may have, recognised by their first bytes rather than by the name
 * a file happens to carry.
 */
enum EvidenceFileType {
    PNG("image/png", Set.of("png"), new byte[] {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A}),
    JPEG("image/jpeg", Set.of("jpg", "jpeg"), new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PDF("application/pdf", Set.of("pdf"), new byte[] {'%', 'P', 'D', 'F', '-'});

    static final long MAX_BYTES = 10L * 1024 * 1024;

    private final String mediaType;
    private final Set<String> extensions;
    private final byte[] signature;

    EvidenceFileType(String mediaType, Set<String> extensions, byte[] signature) {
        this.mediaType = mediaType;
        this.extensions = extensions;
        this.signature = signature;
    }

    String mediaType() {
        return mediaType;
    }

    static Optional<EvidenceFileType> sniff(byte[] content) {
        return Arrays.stream(values())
                .filter(type -> content.length >= type.signature.length
                        && Arrays.equals(content, 0, type.signature.length, type.signature, 0, type.signature.length))
                .findFirst();
    }

    boolean matchesName(String fileName) {
        int dot = fileName == null ? -1 : fileName.lastIndexOf('.');
        return dot > 0 && extensions.contains(fileName.substring(dot + 1).toLowerCase(Locale.ROOT));
    }
}
