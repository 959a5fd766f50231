package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vangnet.base.domain.DomainException;

/** What two identifiers are compared on: kind and match key, built once from what was typed. */
class IdentifierNormalisationTest {

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"+32 470 12 34 56", "0470123456", "0032470123456"})
    void thePhoneNumberTypedThreeWaysGivesOneMatchKey(String typed) {
        var identifier = NormalisedIdentifier.of(NewIdentifier.of(IdentifierKind.PHONE, typed));

        assertThat(identifier.value()).isEqualTo("+32470123456");
        assertThat(identifier.matchKey()).isEqualTo("+32470123456");
        assertThat(identifier.qualifier()).isNull();
    }

    @Test
    void aUsernameIsMatchedTogetherWithItsPlatform() {
        var onInstagram = NormalisedIdentifier.of(NewIdentifier.username(Platform.INSTAGRAM, "@Extorter_01"));
        var onSnapchat = NormalisedIdentifier.of(NewIdentifier.username(Platform.SNAPCHAT, "extorter_01"));

        assertThat(onInstagram.value()).isEqualTo("extorter_01");
        assertThat(onInstagram.matchKey()).isEqualTo("instagram:extorter_01");
        assertThat(onSnapchat.matchKey()).isEqualTo("snapchat:extorter_01").isNotEqualTo(onInstagram.matchKey());
        assertThat(onInstagram.qualifier()).isEqualTo("INSTAGRAM");
    }

    @Test
    void anOtherPlatformTypedWithAKnownNameMatchesThatPlatform() {
        var typed = NormalisedIdentifier.of(new NewIdentifier(IdentifierKind.USERNAME, Platform.OTHER, null,
                " Insta-Gram ", "@extorter_01"));
        var chosen = NormalisedIdentifier.of(NewIdentifier.username(Platform.INSTAGRAM, "extorter_01"));

        assertThat(typed.matchKey()).isEqualTo(chosen.matchKey());
        assertThat(typed.qualifierOther()).isEqualTo("Insta-Gram");
    }

    @Test
    void aTransferReferenceLosesSpacesAndDashesAndIsMatchedWithItsService() {
        var typed = NormalisedIdentifier.of(NewIdentifier.transferReference(TransferService.WESTERN_UNION,
                "123-456 7890"));
        var other = NormalisedIdentifier.of(new NewIdentifier(IdentifierKind.TRANSFER_REFERENCE,
                null, TransferService.OTHER, "Western Union", "1234567890"));

        assertThat(typed.value()).isEqualTo("1234567890");
        assertThat(typed.matchKey()).isEqualTo("westernunion:1234567890").isEqualTo(other.matchKey());
    }

    @Test
    void anIbanAProfileLinkAnAddressAndAWalletAreMatchedOnTheirNormalisedValue() {
        assertThat(NormalisedIdentifier.of(NewIdentifier.of(IdentifierKind.IBAN, "be68 5390 0754 7034")).matchKey())
                .isEqualTo("BE68539007547034");
        assertThat(NormalisedIdentifier.of(NewIdentifier.of(IdentifierKind.PROFILE_URL,
                "https://Instagram.com/extorter_01/?igsh=abc")).matchKey()).isEqualTo("https://instagram.com/extorter_01");
        assertThat(NormalisedIdentifier.of(NewIdentifier.of(IdentifierKind.EMAIL, " Extorter@Mail.COM ")).matchKey())
                .isEqualTo("extorter@mail.com");
        assertThat(NormalisedIdentifier.of(NewIdentifier.of(IdentifierKind.CRYPTO_WALLET,
                "0x52908400098527886E0F7030069857D2E4169EE7")).matchKey())
                .isEqualTo("0x52908400098527886e0f7030069857d2e4169ee7");
    }

    @Test
    void aUsernameWithoutPlatformOrOnAPlatformWithoutUsernamesIsRefusedOnThePlatformField() {
        assertThatThrownBy(() -> NormalisedIdentifier.of(NewIdentifier.username(null, "extorter_01")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("platform");
                    assertThat(e.messageKey()).isEqualTo("validation.required");
                });
        assertThatThrownBy(() -> NormalisedIdentifier.of(NewIdentifier.username(Platform.SMS, "extorter_01")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("platform");
                    assertThat(e.messageKey()).isEqualTo("validation.identifier.platform-without-usernames");
                });
    }

    @Test
    void anOtherPlatformNeedsItsName() {
        assertThatThrownBy(() -> NormalisedIdentifier.of(new NewIdentifier(IdentifierKind.USERNAME, Platform.OTHER,
                null, "  ", "extorter_01")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.field()).isEqualTo("otherName"));
    }

    @Test
    void anInvalidValueIsRefusedOnTheValueFieldWithThePrimitivesMessage() {
        assertThatThrownBy(() -> NormalisedIdentifier.of(NewIdentifier.of(IdentifierKind.IBAN, "BE69 5390 0754 7034")))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.messageKey()).isEqualTo("validation.iban.invalid");
                });
        assertThatThrownBy(() -> NormalisedIdentifier.of(NewIdentifier.transferReference(TransferService.MONEYGRAM, "12")))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.transfer-reference.invalid"));
        assertThatThrownBy(() -> NormalisedIdentifier.of(NewIdentifier.of(null, "x")))
                .isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("kind"));
    }
}
