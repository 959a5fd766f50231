package org.vangnet.sextortion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/**
 * One contact of an extorter as the counsellor logs it.
 *
 * @param occurredAt   when the extorter made contact
 * @param channel      where; OTHER comes with {@code channelOther}
 * @param demands      what was demanded (may be empty: a first threat without a demand yet)
 * @param amount       the sum demanded, in {@code currency}; only with a demand for money
 * @param deadline     until when the extorter gave the client, if they set one
 * @param threat       the threat made, in a few words
 * @param paid         whether the client paid; then {@code paidAmount}, {@code paidCurrency} and {@code paymentMethod} say what and how
 * @param advice       what the counsellor advised
 */
public record ContactEntry(Instant occurredAt, Platform channel, String channelOther, Set<Demand> demands,
                           BigDecimal amount, String currency, Instant deadline, String threat, boolean paid,
                           BigDecimal paidAmount, String paidCurrency, PaymentMethod paymentMethod,
                           Set<Advice> advice) {

    /** The longest threat, in a few words, and the longest name of another channel, in characters. */
    public static final int MAX_THREAT = 500;
    public static final int MAX_CHANNEL_OTHER = 60;

    public ContactEntry {
        demands = demands == null ? Set.of() : Set.copyOf(demands);
        advice = advice == null ? Set.of() : Set.copyOf(advice);
    }
}
