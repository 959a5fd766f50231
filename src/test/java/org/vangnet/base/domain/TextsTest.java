package org.vangnet.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** What Vangnet stores of free text: normalised where the user cannot see a difference, refused where it would change or hide it. */
class TextsTest {

    @Test
    void whiteSpaceAndLineEndsAreNormalisedAndDecomposedLettersComposed() {
        assertThat(Texts.optional("note", "  eerste\r\ntweede\rderde\t ", 100)).isEqualTo("eerste\ntweede\nderde");
        assertThat(Texts.optional("note", "Zoe\u0308", 100)).isEqualTo("Zoë");
        assertThat(Texts.line("name", "twee\nregels\tsamen", 100)).isEqualTo("twee regels samen");
        assertThat(Texts.optional("note", " \n ", 100)).isNull();
    }

    @Test
    void aNulOrAnotherControlCharacterIsRefusedOnItsFieldNamingTheCharacter() {
        assertThatThrownBy(() -> Texts.required("note", "ab\u0000c", 100))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("note");
                    assertThat(e.messageKey()).isEqualTo(Texts.INVALID_CHARACTER);
                    assertThat(e.arguments()).containsExactly("U+0000", 3);
                });
        assertThatThrownBy(() -> Texts.optional("note", "bel\u0007", 100)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Texts.optional("note", "c1\u0085", 100)).isInstanceOf(DomainException.class);
    }

    @Test
    void anUnpairedSurrogateIsRefusedWhileACompleteEmojiIsKept() {
        assertThat(Texts.required("note", "bang \uD83D\uDE1F", 100)).isEqualTo("bang \uD83D\uDE1F");
        assertThatThrownBy(() -> Texts.required("note", "half \uD83D emoji", 100))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.arguments()).containsExactly("U+D83D", 6));
        assertThatThrownBy(() -> Texts.required("note", "\uDE1F", 100)).isInstanceOf(DomainException.class);
    }

    @Test
    void aDirectionOverrideIsRefusedSoWhatIsShownIsWhatWasTyped() {
        assertThatThrownBy(() -> Texts.name("alias", "\u202Eetisiv", 100, "validation.required"))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Texts.DIRECTION_CONTROL));
        assertThatThrownBy(() -> Texts.optional("note", "a\u2067b\u2069", 100)).isInstanceOf(DomainException.class);
    }

    @Test
    void aNameOfOnlyInvisibleCharactersCountsAsNoName() {
        assertThatThrownBy(() -> Texts.name("alias", "\u200B\u200B\u200B", 100, "validation.case.alias-required"))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("alias");
                    assertThat(e.messageKey()).isEqualTo("validation.case.alias-required");
                });
        assertThatThrownBy(() -> Texts.name("alias", "\u3164\u00A0\uFEFF", 100, "validation.required"))
                .isInstanceOf(DomainException.class);
        assertThat(Texts.name("alias", "\u200BMila\uFEFF", 100, "validation.required")).isEqualTo("Mila");
    }

    @Test
    void theLengthIsCheckedAfterNormalising() {
        assertThat(Texts.required("note", "e\u0301e\u0301e\u0301", 3)).isEqualTo("ééé");
        assertThatThrownBy(() -> Texts.required("note", "abcd", 3))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.too-long"));
    }

    @Test
    void searchTextIsNeverRefusedButLosesWhatNoStoredTextContains() {
        assertThat(Texts.searchable("\u0000")).isEmpty();
        assertThat(Texts.searchable(" Mi\u0000la\uD83D ")).isEqualTo("Mila");
        assertThat(Texts.searchable("\u202Eetisiv")).isEqualTo("etisiv");
        assertThat(Texts.searchable(null)).isEmpty();
    }
}
