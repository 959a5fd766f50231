package org.vangnet.cases;

import java.time.Instant;

/** Evidence as the case file lists it; {@code fileName} is {@code null} when no file is attached. */
public record EvidenceView(Long id, EvidenceKind kind, String platform, String item, String description,
                           Instant capturedAt, String capturedBy, String fileName, String fileType, Long fileSize) {
}
