package org.vangnet.sextortion;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A money recovery request as the screen shows it, with the version to edit it against. */
public record RecoveryView(Long id, long version, Long extorterId, LocalDate reportedOn, String institution,
                           String reference, BigDecimal amount, String currency, RecoveryOutcome outcome,
                           BigDecimal recovered) {

    public RecoveryEntry toEntry() {
        return new RecoveryEntry(reportedOn, institution, reference, amount, currency, outcome, recovered);
    }
}
