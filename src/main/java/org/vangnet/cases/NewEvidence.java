package org.vangnet.cases;

import java.time.Instant;

/** What a counsellor logs as evidence; {@code capturedAt} defaults to now. */
public record NewEvidence(EvidenceKind kind, String platform, String item, String description, Instant capturedAt) {
}
