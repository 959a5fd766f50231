package org.vangnet.cases;

import java.time.Instant;

/**
 * What a counsellor logs as evidence: {@code capturedAt} is when the screenshot was taken or the
 * item seen (defaults to now), {@code platformAndDateVisible} whether a screenshot shows the
 * platform and the date, as the institute's guide asks ({@code null}: not said).
 */
public record NewEvidence(EvidenceKind kind, String platform, String item, String description, Instant capturedAt,
                          Boolean platformAndDateVisible) {

    /** The longest platform name, item (a link, a username) and description, in characters. */
    public static final int MAX_PLATFORM = 60;
    public static final int MAX_ITEM = 500;
    public static final int MAX_DESCRIPTION = 1000;

    public NewEvidence(EvidenceKind kind, String platform, String item, String description, Instant capturedAt) {
        this(kind, platform, item, description, capturedAt, null);
    }
}
