package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/**
 * The free texts of the sextortion module follow the one rule for free text (decision 024): the
 * contact log's threat and other channel, an extorter's label and notes, a money recovery's
 * institution and reference. Refused on their own field, cleaned otherwise.
 */
class SextortionFreeTextTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    @Test
    void aContactWhoseThreatHoldsNulOrHalfAnEmojiIsRefusedOnTheThreat() {
        assertRefused(() -> new ExtortionContact(1L, 2L, contact(null, "Stuurt alles door\u0000"), NOW, "lotte"),
                "threat", Texts.INVALID_CHARACTER);
        assertRefused(() -> new ExtortionContact(1L, 2L, contact(null, "Betaal \uD83D nu"), NOW, "lotte"),
                "threat", Texts.INVALID_CHARACTER);
    }

    @Test
    void anOtherChannelThatReordersTextIsRefusedAndAnOrdinaryOneIsOneCleanLine() {
        assertRefused(() -> new ExtortionContact(1L, 2L, contact("\u202Emoolb", null), NOW, "lotte"),
                "channelOther", Texts.DIRECTION_CONTROL);

        var contact = new ExtortionContact(1L, 2L, contact("  Forum\tvan\r\nde school ", "Dreigt\r\nte delen"), NOW,
                "lotte");

        assertThat(contact.toView().channelOther()).isEqualTo("Forum van de school");
        assertThat(contact.toView().threat()).isEqualTo("Dreigt\nte delen");
    }

    @Test
    void anExtorterLabelOrNoteThatCannotBeStoredIsRefusedOnItsField() {
        assertRefused(() -> new Extorter(1L, "Mila\u0000", null, NOW, "lotte"), "label", Texts.INVALID_CHARACTER);
        assertRefused(() -> new Extorter(1L, "Mila", "Zegt \u2067iets\u2069", NOW, "lotte"), "notes",
                Texts.DIRECTION_CONTROL);

        var extorter = new Extorter(1L, "\u200B Mila\u0308 ", "  Profiel\r\nverwijderd ", NOW, "lotte");

        assertThat(extorter.getLabel()).isEqualTo("Mil\u00E4");
        assertThat(extorter.getNotes()).isEqualTo("Profiel\nverwijderd");
    }

    @Test
    void aRecoveryWhoseInstitutionOrReferenceCannotBeStoredIsRefusedOnItsField() {
        assertRefused(() -> new MoneyRecovery(1L, 2L, recovery("KBC\u0000", null), LocalDate.of(2026, 12, 5), NOW,
                "lotte"), "institution", Texts.INVALID_CHARACTER);
        assertRefused(() -> new MoneyRecovery(1L, 2L, recovery("KBC", "REF\uDC00"), LocalDate.of(2026, 12, 5), NOW,
                "lotte"), "reference", Texts.INVALID_CHARACTER);
        assertRefused(() -> new MoneyRecovery(1L, 2L, recovery("\u200B", null), LocalDate.of(2026, 12, 5), NOW,
                "lotte"), "institution", "validation.recovery.institution-required");
    }

    private static ContactEntry contact(String channelOther, String threat) {
        return new ContactEntry(NOW.minusSeconds(3600), channelOther == null ? Platform.WHATSAPP : Platform.OTHER,
                channelOther, Set.of(Demand.MONEY), null, null, null, threat, false, null, null, null, Set.of());
    }

    private static RecoveryEntry recovery(String institution, String reference) {
        return new RecoveryEntry(LocalDate.of(2026, 12, 1), institution, reference, new BigDecimal("150.00"), "EUR",
                RecoveryOutcome.PENDING, null);
    }

    private static void assertRefused(org.assertj.core.api.ThrowableAssert.ThrowingCallable action, String field,
                                      String messageKey) {
        assertThatThrownBy(action).isInstanceOfSatisfying(DomainException.class, e -> {
            assertThat(e.field()).isEqualTo(field);
            assertThat(e.messageKey()).isEqualTo(messageKey);
        });
    }
}
