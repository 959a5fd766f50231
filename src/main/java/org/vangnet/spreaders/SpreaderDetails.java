package org.vangnet.spreaders;

import java.time.LocalDate;

/**
 * A spreader or forwarder as the counsellor records or corrects them. {@code label} (how the client
 * calls them) or {@code handle} (their account on {@code platform}) is needed, both may be given;
 * {@code askedOn} and {@code askedBy} belong to a deletion request that was made.
 */
public record SpreaderDetails(SpreaderRole role, String label, String platform, String handle,
                              SpreaderRelation relation, DeletionRequest deletion, LocalDate askedOn, AskedBy askedBy,
                              boolean inComplaint, String notes) {

    public static final int MAX_LABEL = 80;
    public static final int MAX_PLATFORM = 60;
    public static final int MAX_HANDLE = 200;
    public static final int MAX_NOTES = 1000;
}
