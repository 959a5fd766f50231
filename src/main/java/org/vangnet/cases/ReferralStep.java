package org.vangnet.cases;

import java.time.Instant;
import java.time.LocalDate;

/** One status a referral was given: which, for which date, and when and by whom it was recorded. */
public record ReferralStep(ReferralStatus status, LocalDate date, Instant recordedAt, String recordedBy) {
}
