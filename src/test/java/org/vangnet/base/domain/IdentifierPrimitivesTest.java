package org.vangnet.base.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The same extorter typed differently must be recognised as one: the normalisation table of each
 * domain primitive, and what each refuses, with the key of the message shown next to the field.
 */
class IdentifierPrimitivesTest {

    // --- phone numbers ---------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is +32470123456")
    @ValueSource(strings = {"+32 470 12 34 56", "0470123456", "0032470123456", "0470 12 34 56", "0470/12.34.56",
            " +32470123456 "})
    void aBelgianMobileNumberTypedAnyUsualWayIsOneE164Number(String typed) {
        assertThat(PhoneNumber.parse("value", typed).e164()).isEqualTo("+32470123456");
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"12345", "0470 12 34", "call me", ""})
    void somethingThatIsNotAPhoneNumberIsRefusedForItsField(String typed) {
        assertThatThrownBy(() -> PhoneNumber.parse("value", typed))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.messageKey()).isEqualTo("validation.phone.invalid");
                });
    }

    // --- platform handles ------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "@Extorter_01|extorter_01",
            "extorter_01|extorter_01",
            "  @EXTORTER_01  |extorter_01",
            "@ Extorter_01|extorter_01",
            "Mila.Secret-22|mila.secret-22",
            "123456789012345678|123456789012345678"})
    void aHandleIsLowerCaseWithoutTheLeadingAtAndTrimmed(String typed, String expected) {
        assertThat(PlatformHandle.parse("value", typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"extorter 01", "https://instagram.com/extorter_01", "@", "", "...", "user#1234",
            "a-handle-that-is-far-too-long-to-be-a-username-on-any-platform-ever"})
    void aHandleWithSpacesSlashesOrNothingInItIsRefused(String typed) {
        assertThatThrownBy(() -> PlatformHandle.parse("value", typed))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.handle.invalid"));
    }

    // --- web addresses ---------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "HTTPS://Instagram.COM/Extorter_01/|https://instagram.com/Extorter_01",
            "https://www.instagram.com:443/extorter_01/?utm_source=ig_web&igsh=MWx0c2Q|https://www.instagram.com/extorter_01",
            "http://example.org:80/a/b/#photo-3|http://example.org/a/b",
            "http://example.org:8080/x?id=5&utm_medium=social&fbclid=IwAR0abc|http://example.org:8080/x?id=5",
            "instagram.com/extorter_01|https://instagram.com/extorter_01",
            "example.org:8080/x|https://example.org:8080/x",
            "https://example.org/|https://example.org",
            "https://example.org|https://example.org",
            "https://youtu.be/dQw4w9WgXcQ?si=AbCdEf|https://youtu.be/dQw4w9WgXcQ",
            "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s|https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42s",
            "https://www.tiktok.com/@extorter/video/7234567890123456789?is_from_webapp=1&UTM_CAMPAIGN=x|https://www.tiktok.com/@extorter/video/7234567890123456789?is_from_webapp=1",
            "https://example.org./path|https://example.org/path"})
    void aLinkIsCanonicalSoTheSamePagePastedTwiceIsRecognised(String typed, String expected) {
        assertThat(WebAddress.parse("value", typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"ftp://example.org/file", "javascript:alert(1)", "not a link", "https://localhost/x",
            "mailto:someone@example.org", "", "https://exa mple.org", "https://instagram.com@evil.example/x"})
    void onlyHttpAndHttpsLinksToANamedHostAreAccepted(String typed) {
        assertThatThrownBy(() -> WebAddress.parse("value", typed))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.url.invalid"));
    }

    // --- IBAN ------------------------------------------------------------------------------------

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource(delimiter = '|', value = {
            "BE68 5390 0754 7034|BE68539007547034",
            "be68539007547034|BE68539007547034",
            "NL91 ABNA 0417 1643 00|NL91ABNA0417164300",
            "GB82 WEST 1234 5698 7654 32|GB82WEST12345698765432",
            "DE89 3704 0044 0532 0130 00|DE89370400440532013000"})
    void anIbanLosesItsSpacesAndIsUpperCaseWhenItsChecksumHolds(String typed, String expected) {
        assertThat(Iban.parse("value", typed).value()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"BE69 5390 0754 7034", "BE68 5390 0754 7043", "BE68 5390 0754 703", "NL91 ABNA 0417 1643 01",
            "68 5390 0754 7034", "IBAN", ""})
    void anIbanWithAWrongChecksumOrLengthIsRefusedWithAClearMessage(String typed) {
        assertThatThrownBy(() -> Iban.parse("value", typed))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("value");
                    assertThat(e.messageKey()).isEqualTo("validation.iban.invalid");
                });
    }

    @Test
    void anIbanIsReadInGroupsOfFour() {
        assertThat(Iban.parse("value", "BE68539007547034").formatted()).isEqualTo("BE68 5390 0754 7034");
        assertThat(Iban.parse("value", "NL91ABNA0417164300").formatted()).isEqualTo("NL91 ABNA 0417 1643 00");
    }

    // --- crypto wallets --------------------------------------------------------------------------

    @ParameterizedTest(name = "{0} is a {2} wallet {1}")
    @CsvSource(delimiter = '|', value = {
            "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa|1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa|BITCOIN",
            "3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy|3J98t1WpEZ73CNmQviecrnyiWrnqRhWNLy|BITCOIN",
            "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq|bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq|BITCOIN",
            "BC1QAR0SRRR7XFKVY5L643LYDNW9RE59GTZZWF5MDQ|bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq|BITCOIN",
            "0x52908400098527886E0F7030069857D2E4169EE7|0x52908400098527886e0f7030069857d2e4169ee7|ETHEREUM",
            " 0X52908400098527886e0f7030069857d2e4169ee7 |0x52908400098527886e0f7030069857d2e4169ee7|ETHEREUM",
            "TLsV52sRDL79HXGGm9yzwKibb6BeruhUzy|TLsV52sRDL79HXGGm9yzwKibb6BeruhUzy|TRON"})
    void aWalletKeepsItsCaseUnlessTheNetworkIgnoresCase(String typed, String expected, CryptoWallet.Network network) {
        var wallet = CryptoWallet.parse("value", typed);
        assertThat(wallet.value()).isEqualTo(expected);
        assertThat(wallet.network()).isEqualTo(network);
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = {"0x123", "0x52908400098527886E0F7030069857D2E4169EEZ", "1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfN0",
            "bc1QAR0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq", "bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdb!", "wallet", ""})
    void somethingThatHasNoWalletShapeIsRefused(String typed) {
        assertThatThrownBy(() -> CryptoWallet.parse("value", typed))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.wallet.invalid"));
    }
}
