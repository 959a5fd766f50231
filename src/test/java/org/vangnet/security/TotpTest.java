package org.vangnet.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class TotpTest {

    /** RFC 6238, appendix B: the SHA-1 seed "12345678901234567890". */
    private static final String RFC_SECRET = Totp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void theCodesAreThoseOfRfc6238() {
        assertThat(RFC_SECRET).isEqualTo("GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        // The RFC lists eight digits (94287082, 07081804, 89005924); apps show the last six.
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(59))).isEqualTo("287082");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1111111109))).isEqualTo("081804");
        assertThat(Totp.codeAt(RFC_SECRET, Instant.ofEpochSecond(1234567890))).isEqualTo("005924");
    }

    @Test
    void aCodeFromOneStepEitherSideIsAcceptedButNotFromTwo() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(30)), now, null)).hasValue(step - 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.plusSeconds(30)), now, null)).hasValue(step + 1);
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(60)), now, null)).isEmpty();
    }

    @Test
    void aCodeOfAStepAlreadyUsedOrEarlierIsRefused() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.codeAt(RFC_SECRET, now);
        long step = Totp.stepAt(now);

        assertThat(Totp.matchingStep(RFC_SECRET, code, now, step - 1)).hasValue(step);
        assertThat(Totp.matchingStep(RFC_SECRET, code, now, step)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, Totp.codeAt(RFC_SECRET, now.minusSeconds(30)), now, step)).isEmpty();
    }

    @Test
    void spacesAreIgnoredAndAnythingButSixDigitsIsRefused() {
        Instant now = Instant.ofEpochSecond(1_800_000_000L);
        String code = Totp.codeAt(RFC_SECRET, now);

        assertThat(Totp.matchingStep(RFC_SECRET, code.substring(0, 3) + " " + code.substring(3), now, null)).isPresent();
        assertThat(Totp.matchingStep(RFC_SECRET, code + "1", now, null)).isEmpty();
        assertThat(Totp.matchingStep(RFC_SECRET, null, now, null)).isEmpty();
    }

    @Test
    void aNewSecretHas160BitsAndSurvivesBase32BothWays() {
        String secret = Totp.newSecret();

        assertThat(Totp.unbase32(secret)).hasSize(Totp.SECRET_BYTES);
        assertThat(Totp.base32(Totp.unbase32(secret))).isEqualTo(secret);
        assertThat(Totp.grouped("ABCDEFGHIJKL")).isEqualTo("ABCD EFGH IJKL");
        assertThat(Totp.unbase32(DemoSecondFactor.SECRET)).hasSize(20);
    }

    @Test
    void theLinkNamesTheIssuerAndTheAccountForTheApp() {
        assertThat(Totp.uri("Vangnet", "lotte", "ABCD")).isEqualTo(
                "otpauth://totp/Vangnet:lotte?secret=ABCD&issuer=Vangnet&algorithm=SHA1&digits=6&period=30");
    }

    @Test
    void recoveryCodesAreReadWithoutCaseDashesOrSpaces() {
        assertThat(SecondFactorStore.normaliseRecoveryCode("abcd-efgh jkmn-pqrs")).isEqualTo("ABCDEFGHJKMNPQRS");
        assertThat(SecondFactorStore.normaliseRecoveryCode("123456")).isNull();
        // O, 0, I and 1 are never in a code: they are too easily mistaken for each other.
        assertThat(SecondFactorStore.normaliseRecoveryCode("ABCD-EFGH-JKMN-PQRO")).isNull();
    }
}
