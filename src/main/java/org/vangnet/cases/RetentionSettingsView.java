package org.vangnet.cases;

import java.time.Instant;

/**
 * The retention settings as the administrators' screen shows them.
 *
 * @param closedCaseMonths months after closing after which a case is pseudonymised
 * @param minMonths        the smallest period allowed
 * @param maxMonths        the largest period allowed
 * @param dueNow           closed cases the next daily run would pseudonymise with this period
 * @param pseudonymised    cases pseudonymised so far (by the job or on request)
 */
public record RetentionSettingsView(long version, int closedCaseMonths, int minMonths, int maxMonths,
                                    Instant updatedAt, String updatedBy, long dueNow, long pseudonymised) {
}
