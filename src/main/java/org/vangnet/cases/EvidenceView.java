package org.vangnet.cases;

import java.time.Instant;

/**
 * Evidence as the case file lists it; {@code fileName} is {@code null} when no file is attached,
 * {@code fileSha256} the attached file's SHA-256 (hex), which the police dossier quotes;
 * {@code platformAndDateVisible} {@code null} when not said.
 */
public record EvidenceView(Long id, EvidenceKind kind, String platform, String item, String description,
                           Instant capturedAt, String capturedBy, String fileName, String fileType, Long fileSize,
                           String fileSha256, Boolean platformAndDateVisible) {
}
