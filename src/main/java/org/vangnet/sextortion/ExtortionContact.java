package org.vangnet.sextortion;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.EnumSet;
import java.util.Set;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/**
 * One contact an extorter made with the client: when and where, what they demanded and by when,
 * the threat, whether the client paid, and what the counsellor advised. Corrected in place (the
 * client remembers more later), with optimistic locking; every change is on the case's timeline.
 */
@Entity
@Table(name = "extortion_contact")
class ExtortionContact extends AbstractEntity {

    static final int MAX_THREAT = ContactEntry.MAX_THREAT;
    static final int MAX_CHANNEL_OTHER = ContactEntry.MAX_CHANNEL_OTHER;
    /** Clocks differ a little; a contact "in a minute" is a typo, one tomorrow is refused. */
    static final Duration CLOCK_SLACK = Duration.ofMinutes(5);

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "extorter_id", nullable = false, updatable = false)
    private Long extorterId;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 20)
    private Platform channel;

    @Convert(converter = EncryptedText.class)
    @Column(name = "channel_other", length = MAX_CHANNEL_OTHER)
    private String channelOther;

    @ElementCollection
    @CollectionTable(name = "extortion_contact_demand", joinColumns = @JoinColumn(name = "contact_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "demand", nullable = false, length = 20)
    private Set<Demand> demands = EnumSet.noneOf(Demand.class);

    @Column(name = "amount", precision = 12, scale = 2)
    private BigDecimal amount;

    @Column(name = "currency", length = 3)
    private String currency;

    @Column(name = "deadline")
    private Instant deadline;

    @Convert(converter = EncryptedText.class)
    @Column(name = "threat", length = MAX_THREAT)
    private String threat;

    @Column(name = "paid", nullable = false)
    private boolean paid;

    @Column(name = "paid_amount", precision = 12, scale = 2)
    private BigDecimal paidAmount;

    @Column(name = "paid_currency", length = 3)
    private String paidCurrency;

    @Enumerated(EnumType.STRING)
    @Column(name = "payment_method", length = 20)
    private PaymentMethod paymentMethod;

    @ElementCollection
    @CollectionTable(name = "extortion_contact_advice", joinColumns = @JoinColumn(name = "contact_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "advice", nullable = false, length = 20)
    private Set<Advice> advice = EnumSet.noneOf(Advice.class);

    @Column(name = "recorded_at", nullable = false, updatable = false)
    private Instant recordedAt;

    @Column(name = "recorded_by", nullable = false, updatable = false, length = 50)
    private String recordedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected ExtortionContact() {
    }

    ExtortionContact(Long caseId, Long extorterId, ContactEntry entry, Instant now, String by) {
        this.caseId = caseId;
        this.extorterId = extorterId;
        this.recordedAt = now;
        this.recordedBy = by;
        change(entry, now);
    }

    /** Replaces what is known of the contact; every rule is checked before anything changes. */
    void change(ContactEntry entry, Instant now) {
        if (entry == null) {
            throw new DomainException("validation.required");
        }
        if (entry.occurredAt() == null) {
            throw DomainException.onField("occurredAt", "validation.required");
        }
        if (entry.occurredAt().isAfter(now.plus(CLOCK_SLACK))) {
            throw DomainException.onField("occurredAt", "validation.contact.in-future");
        }
        if (entry.channel() == null) {
            throw DomainException.onField("channel", "validation.required");
        }
        // Free text is cleaned and checked in one place (decision 024).
        String other = Objects.requireNonNullElse(Texts.line("channelOther", entry.channelOther(), MAX_CHANNEL_OTHER), "");
        if (entry.channel() == Platform.OTHER && other.isEmpty()) {
            throw DomainException.onField("channelOther", "validation.contact.channel-other");
        }
        BigDecimal demanded = Money.amount("amount", entry.amount());
        if (demanded != null && !entry.demands().contains(Demand.MONEY)) {
            throw DomainException.onField("amount", "validation.contact.amount-without-money-demand");
        }
        String demandedCurrency = demanded == null ? null : Money.currency("currency", entry.currency());
        if (entry.deadline() != null && !entry.deadline().isAfter(entry.occurredAt())) {
            throw DomainException.onField("deadline", "validation.contact.deadline-before-contact");
        }
        String threatText = Objects.requireNonNullElse(Texts.optional("threat", entry.threat(), MAX_THREAT), "");
        BigDecimal paidSum = null;
        String paidIn = null;
        if (entry.paid()) {
            if (entry.paidAmount() == null) {
                throw DomainException.onField("paidAmount", "validation.contact.paid-amount-required");
            }
            paidSum = Money.amount("paidAmount", entry.paidAmount());
            paidIn = Money.currency("paidCurrency", entry.paidCurrency());
            if (entry.paymentMethod() == null) {
                throw DomainException.onField("paymentMethod", "validation.required");
            }
        }
        this.occurredAt = entry.occurredAt();
        this.channel = entry.channel();
        this.channelOther = entry.channel() == Platform.OTHER ? other : null;
        this.demands.clear();
        this.demands.addAll(entry.demands());
        this.amount = demanded;
        this.currency = demandedCurrency;
        this.deadline = entry.deadline();
        this.threat = threatText.isEmpty() ? null : threatText;
        this.paid = entry.paid();
        this.paidAmount = paidSum;
        this.paidCurrency = paidIn;
        this.paymentMethod = entry.paid() ? entry.paymentMethod() : null;
        this.advice.clear();
        this.advice.addAll(entry.advice());
        this.updatedAt = now;
    }

    boolean deadlineRunning(Instant now) {
        return deadline != null && deadline.isAfter(now);
    }

    ContactView toView() {
        return new ContactView(getId(), getVersion(), extorterId, occurredAt, channel, channelOther,
                demands.isEmpty() ? Set.of() : EnumSet.copyOf(demands), amount, currency, deadline, threat, paid,
                paidAmount, paidCurrency, paymentMethod, advice.isEmpty() ? Set.of() : EnumSet.copyOf(advice),
                recordedBy);
    }

    Long getCaseId() {
        return caseId;
    }

    Long getExtorterId() {
        return extorterId;
    }

    Platform getChannel() {
        return channel;
    }

    Set<Demand> getDemands() {
        return Set.copyOf(demands);
    }

    Instant getDeadline() {
        return deadline;
    }

    boolean isPaid() {
        return paid;
    }
}
