package org.vangnet.sextortion;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A payment the client reported to their bank or the transfer service to get it back.
 *
 * @param reportedOn  when it was reported
 * @param institution the bank or service it was reported to
 * @param reference   their file or complaint number, if any
 * @param amount      the sum to get back, in {@code currency}
 * @param recovered   the sum that came back; only with a (partly or fully) recovered outcome
 */
public record RecoveryEntry(LocalDate reportedOn, String institution, String reference, BigDecimal amount,
                            String currency, RecoveryOutcome outcome, BigDecimal recovered) {

    /** The longest name of a bank or service, and of their file number, in characters. */
    public static final int MAX_INSTITUTION = 100;
    public static final int MAX_REFERENCE = 60;
}
