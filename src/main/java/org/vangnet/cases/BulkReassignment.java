package org.vangnet.cases;

import java.util.List;

/**
 * What a reassignment of several cases did: the references given to the counsellor, and those left
 * alone because someone changed them after the list was shown (reload and try again).
 */
public record BulkReassignment(List<String> reassigned, List<String> changedMeanwhile) {

    /** At most this many cases at once: a page of the list is the unit of work. */
    public static final int MAX_CASES = 200;

    public BulkReassignment {
        reassigned = List.copyOf(reassigned);
        changedMeanwhile = List.copyOf(changedMeanwhile);
    }
}
