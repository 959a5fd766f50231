package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vangnet.base.domain.DomainException;

/** The rules of the contact log and of money recovery, without a database. */
class SextortionRulesTest {

    static final Instant NOW = Instant.parse("2026-03-12T15:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-12");

    static ContactEntry contact(Set<Demand> demands, BigDecimal amount, String currency, Instant deadline) {
        return new ContactEntry(NOW.minus(Duration.ofHours(1)), Platform.INSTAGRAM, null, demands, amount, currency,
                deadline, "Stuurt de video naar je vrienden", false, null, null, null, Set.of(Advice.DO_NOT_PAY));
    }

    static ContactEntry paid(BigDecimal paidAmount, String paidCurrency, PaymentMethod method) {
        return new ContactEntry(NOW.minus(Duration.ofHours(1)), Platform.SNAPCHAT, null, Set.of(Demand.MONEY),
                new BigDecimal("500"), "EUR", null, null, true, paidAmount, paidCurrency, method, Set.of());
    }

    static DomainException refused(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            return e;
        }
        throw new AssertionError("expected the domain to refuse");
    }

    // --- contacts --------------------------------------------------------------------------------

    @Test
    void aContactWithADemandForMoneyKeepsAmountAndCurrencyInCents() {
        var contact = new ExtortionContact(1L, 2L, contact(Set.of(Demand.MONEY, Demand.MORE_IMAGES),
                new BigDecimal("500"), "eur", NOW.plus(Duration.ofDays(1))), NOW, "lotte").toView();

        assertThat(contact.amount()).isEqualByComparingTo("500.00");
        assertThat(contact.amount().scale()).isEqualTo(2);
        assertThat(contact.currency()).isEqualTo("EUR");
        assertThat(contact.demands()).containsExactlyInAnyOrder(Demand.MONEY, Demand.MORE_IMAGES);
        assertThat(contact.deadlineRunning(NOW)).isTrue();
        assertThat(contact.deadlineRunning(NOW.plus(Duration.ofDays(2)))).isFalse();
    }

    @Test
    void anAmountWithoutADemandForMoneyIsRefused() {
        var e = refused(() -> new ExtortionContact(1L, 2L, contact(Set.of(Demand.MORE_IMAGES), new BigDecimal("50"),
                "EUR", null), NOW, "lotte"));
        assertThat(e.field()).isEqualTo("amount");
        assertThat(e.messageKey()).isEqualTo("validation.contact.amount-without-money-demand");
    }

    @Test
    void amountsMustBePositiveWithCentsAtMostAndInARealCurrency() {
        assertThat(refused(() -> new ExtortionContact(1L, 2L, contact(Set.of(Demand.MONEY), new BigDecimal("-5"),
                "EUR", null), NOW, "lotte")).messageKey()).isEqualTo("validation.money.amount");
        assertThat(refused(() -> new ExtortionContact(1L, 2L, contact(Set.of(Demand.MONEY), new BigDecimal("5.005"),
                "EUR", null), NOW, "lotte")).messageKey()).isEqualTo("validation.money.amount");
        var currency = refused(() -> new ExtortionContact(1L, 2L, contact(Set.of(Demand.MONEY), new BigDecimal("5"),
                "EUX", null), NOW, "lotte"));
        assertThat(currency.field()).isEqualTo("currency");
        assertThat(currency.messageKey()).isEqualTo("validation.money.currency");
    }

    @Test
    void aDeadlineBeforeTheContactIsRefused() {
        var e = refused(() -> new ExtortionContact(1L, 2L, contact(Set.of(), null, null,
                NOW.minus(Duration.ofDays(1))), NOW, "lotte"));
        assertThat(e.field()).isEqualTo("deadline");
        assertThat(e.messageKey()).isEqualTo("validation.contact.deadline-before-contact");
    }

    @Test
    void aContactInTheFutureIsRefusedButAFewMinutesOfClockDifferenceAreNot() {
        var future = new ContactEntry(NOW.plus(Duration.ofHours(2)), Platform.TIKTOK, null, Set.of(), null, null,
                null, null, false, null, null, null, Set.of());
        assertThat(refused(() -> new ExtortionContact(1L, 2L, future, NOW, "lotte")).messageKey())
                .isEqualTo("validation.contact.in-future");
        var soon = new ContactEntry(NOW.plus(Duration.ofMinutes(2)), Platform.TIKTOK, null, Set.of(), null, null,
                null, null, false, null, null, null, Set.of());
        assertThat(new ExtortionContact(1L, 2L, soon, NOW, "lotte").toView().occurredAt()).isEqualTo(soon.occurredAt());
    }

    @Test
    void anOtherChannelNeedsItsName() {
        var entry = new ContactEntry(NOW, Platform.OTHER, " ", Set.of(), null, null, null, null, false, null, null,
                null, Set.of());
        assertThat(refused(() -> new ExtortionContact(1L, 2L, entry, NOW, "lotte")).field()).isEqualTo("channelOther");
    }

    @Test
    void aPaymentNeedsItsAmountAndHowItWasPaid() {
        assertThat(refused(() -> new ExtortionContact(1L, 2L, paid(null, "EUR", PaymentMethod.GIFT_CARD), NOW,
                "lotte")).field()).isEqualTo("paidAmount");
        assertThat(refused(() -> new ExtortionContact(1L, 2L, paid(new BigDecimal("100"), "EUR", null), NOW,
                "lotte")).field()).isEqualTo("paymentMethod");
        var contact = new ExtortionContact(1L, 2L, paid(new BigDecimal("100"), "EUR", PaymentMethod.GIFT_CARD), NOW,
                "lotte").toView();
        assertThat(contact.paid()).isTrue();
        assertThat(contact.paidAmount()).isEqualByComparingTo("100");
        assertThat(contact.paymentMethod()).isEqualTo(PaymentMethod.GIFT_CARD);
    }

    @Test
    void whatWasPaidIsForgottenWhenTheContactSaysNothingWasPaid() {
        var contact = new ExtortionContact(1L, 2L, paid(new BigDecimal("100"), "EUR", PaymentMethod.CRYPTO), NOW,
                "lotte");
        var unpaid = contact(Set.of(Demand.MONEY), new BigDecimal("100"), "EUR", null);

        contact.change(new ContactEntry(unpaid.occurredAt(), unpaid.channel(), null, unpaid.demands(), unpaid.amount(),
                unpaid.currency(), null, null, false, new BigDecimal("100"), "EUR", PaymentMethod.CRYPTO, Set.of()), NOW);

        var view = contact.toView();
        assertThat(view.paid()).isFalse();
        assertThat(view.paidAmount()).isNull();
        assertThat(view.paymentMethod()).isNull();
    }

    // --- money recovery --------------------------------------------------------------------------

    static RecoveryEntry recovery(RecoveryOutcome outcome, String recovered) {
        return new RecoveryEntry(TODAY, "KBC", "DOS-123", new BigDecimal("500"), "EUR", outcome,
                recovered == null ? null : new BigDecimal(recovered));
    }

    @Test
    void aFullRecoveryIsTheWholeAmountEvenWhenNotTyped() {
        var view = new MoneyRecovery(1L, 2L, recovery(RecoveryOutcome.FULLY_RECOVERED, null), TODAY, NOW, "lotte")
                .toView();
        assertThat(view.recovered()).isEqualByComparingTo("500");
        assertThat(refused(() -> new MoneyRecovery(1L, 2L, recovery(RecoveryOutcome.FULLY_RECOVERED, "400"), TODAY,
                NOW, "lotte")).messageKey()).isEqualTo("validation.recovery.full-is-amount");
    }

    @Test
    void aPartialRecoveryIsMoreThanNothingAndLessThanTheAmount() {
        assertThat(new MoneyRecovery(1L, 2L, recovery(RecoveryOutcome.PARTLY_RECOVERED, "200"), TODAY, NOW, "lotte")
                .toView().recovered()).isEqualByComparingTo("200");
        for (String wrong : new String[] {null, "500", "600"}) {
            var e = refused(() -> new MoneyRecovery(1L, 2L, recovery(RecoveryOutcome.PARTLY_RECOVERED, wrong), TODAY,
                    NOW, "lotte"));
            assertThat(e.field()).as(wrong).isEqualTo("recovered");
        }
    }

    @Test
    void aPendingOrRefusedRequestHasNoRecoveredAmount() {
        assertThat(new MoneyRecovery(1L, 2L, recovery(RecoveryOutcome.REFUSED, "100"), TODAY, NOW, "lotte").toView()
                .recovered()).isNull();
        assertThat(new MoneyRecovery(1L, 2L, recovery(RecoveryOutcome.PENDING, null), TODAY, NOW, "lotte").toView()
                .outcome()).isEqualTo(RecoveryOutcome.PENDING);
    }

    @Test
    void aReportNeedsItsInstitutionAndCannotBeDatedTomorrow() {
        assertThat(refused(() -> new MoneyRecovery(1L, 2L, new RecoveryEntry(TODAY, " ", null, BigDecimal.TEN, "EUR",
                RecoveryOutcome.PENDING, null), TODAY, NOW, "lotte")).field()).isEqualTo("institution");
        var tomorrow = refused(() -> new MoneyRecovery(1L, 2L, new RecoveryEntry(TODAY.plusDays(1), "KBC", null,
                BigDecimal.TEN, "EUR", RecoveryOutcome.PENDING, null), TODAY, NOW, "lotte"));
        assertThat(tomorrow.field()).isEqualTo("reportedOn");
        assertThat(tomorrow.messageKey()).isEqualTo("validation.date.future");
    }

    // --- extorters -------------------------------------------------------------------------------

    @Test
    void anExtorterMayStayNamelessButALabelIsShort() {
        assertThat(new Extorter(1L, "  ", null, NOW, "lotte").getLabel()).isNull();
        assertThat(refused(() -> new Extorter(1L, "x".repeat(61), null, NOW, "lotte")).field()).isEqualTo("label");
    }
}
