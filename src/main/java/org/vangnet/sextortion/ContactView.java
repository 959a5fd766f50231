package org.vangnet.sextortion;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** A logged contact as the screen shows it, with the version to edit it against. */
public record ContactView(Long id, long version, Long extorterId, Instant occurredAt, Platform channel,
                          String channelOther, Set<Demand> demands, BigDecimal amount, String currency,
                          Instant deadline, String threat, boolean paid, BigDecimal paidAmount, String paidCurrency,
                          PaymentMethod paymentMethod, Set<Advice> advice, String recordedBy) {

    /** Whether the extorter's deadline is still ahead. */
    public boolean deadlineRunning(Instant now) {
        return deadline != null && deadline.isAfter(now);
    }

    /** The values, to edit them. */
    public ContactEntry toEntry() {
        return new ContactEntry(occurredAt, channel, channelOther, demands, amount, currency, deadline, threat, paid,
                paidAmount, paidCurrency, paymentMethod, advice);
    }
}
