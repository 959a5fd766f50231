package org.vangnet.takedowns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/** What each platform needs, checked before anyone waits for a platform to turn a request away. */
class PlatformProfileTest {

    @ParameterizedTest
    @ValueSource(strings = {"1234567890123456", "12345678901234567890", "abcdefghijklmnopq", "123456789012345 67"})
    void aDiscordIdThatIsNot17To19DigitsIsRefusedOnItsRow(String id) {
        assertThatThrownBy(() -> PlatformProfile.DISCORD.validate(List.of(new TakedownItem(ItemKind.USER_ID, id)), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("item.0");
                    assertThat(e.messageKey()).isEqualTo("validation.takedown.discord-id");
                });
    }

    @Test
    void discordIdsAndMessageLinksOfTheRightShapeAreAccepted() {
        var items = PlatformProfile.DISCORD.validate(List.of(
                new TakedownItem(ItemKind.USER_ID, "80351110224678912"),
                new TakedownItem(ItemKind.SERVER_ID, "1234567890123456789"),
                new TakedownItem(ItemKind.MESSAGE_LINK,
                        "https://discord.com/channels/1234567890123456789/80351110224678912/1098765432109876543")), null);
        assertThat(items).hasSize(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://www.youtube.com/", "https://www.youtube.com/@somechannel",
            "https://www.youtube.com/watch?list=PL123", "https://youtu.be/short"})
    void aYouTubeLinkWithoutAVideoIdIsRefused(String url) {
        assertThatThrownBy(() -> PlatformProfile.YOUTUBE.validate(List.of(new TakedownItem(ItemKind.URL, url)), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.takedown.youtube-video"));
    }

    @Test
    void youTubeVideoLinksInTheirUsualShapesAreAcceptedWithATimestamp() {
        var items = PlatformProfile.YOUTUBE.validate(List.of(
                new TakedownItem(ItemKind.URL, "https://www.youtube.com/watch?v=dQw4w9WgXcQ&t=42"),
                new TakedownItem(ItemKind.URL, "https://youtu.be/dQw4w9WgXcQ"),
                new TakedownItem(ItemKind.URL, "https://www.youtube.com/shorts/dQw4w9WgXcQ"),
                new TakedownItem(ItemKind.TIMESTAMP, "1:23")), null);
        assertThat(items).extracting(TakedownItem::value).contains("https://youtu.be/dQw4w9WgXcQ", "1:23");
    }

    @Test
    void aYouTubeRequestNeedsTheVideoNotJustATimestamp() {
        assertThatThrownBy(() -> PlatformProfile.YOUTUBE.validate(
                List.of(new TakedownItem(ItemKind.TIMESTAMP, "0:42")), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.takedown.youtube-video-required"));
    }

    @Test
    void anXLinkMustBeAPostAndAtMostFiveGoInOneReport() {
        assertThatThrownBy(() -> PlatformProfile.X.validate(
                List.of(new TakedownItem(ItemKind.URL, "https://x.com/someone")), 5))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.takedown.x-post"));
        var six = Collections.nCopies(6, new TakedownItem(ItemKind.URL, "https://x.com/someone/status/1234567890"));
        assertThatThrownBy(() -> PlatformProfile.X.validate(six, 5))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("items");
                    assertThat(e.messageKey()).isEqualTo("validation.takedown.too-many-items");
                });
        assertThat(PlatformProfile.X.validate(six.subList(0, 5), 5)).hasSize(5);
        assertThat(PlatformProfile.X.validate(List.of(
                new TakedownItem(ItemKind.URL, "https://twitter.com/someone/status/1234567890")), 5)).hasSize(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://host/file", "javascript:alert(1)", "https://instagram.com@evil.example/x", "not a url"})
    void onlyHttpAndHttpsLinksAreAccepted(String url) {
        assertThatThrownBy(() -> PlatformProfile.URL.validate(List.of(new TakedownItem(ItemKind.URL, url)), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.url.invalid"));
    }

    @Test
    void aLinkTypedWithoutSchemeIsReadAsHttps() {
        assertThat(PlatformProfile.URL.validate(List.of(new TakedownItem(ItemKind.URL, "www.example.org/x")), null))
                .extracting(TakedownItem::value).containsExactly("https://www.example.org/x");
    }

    @Test
    void linksAndHandlesAreNormalised() {
        var items = PlatformProfile.URL_OR_HANDLE.validate(List.of(
                new TakedownItem(ItemKind.URL, "HTTPS://Example.ORG/Path?q=1#fragment"),
                new TakedownItem(ItemKind.USERNAME, " @Some.User_01 ")), null);
        assertThat(items).extracting(TakedownItem::value).containsExactly("https://example.org/Path?q=1", "some.user_01");
        assertThat(PlatformProfile.URL.validate(List.of(new TakedownItem(ItemKind.URL,
                "https://example.org/page/?utm_source=x&id=7")), null)).extracting(TakedownItem::value)
                .containsExactly("https://example.org/page?id=7");
    }

    @Test
    void whatsAppTakesPhoneNumbersInE164AndGroupNamesButNotLinks() {
        var items = PlatformProfile.WHATSAPP.validate(List.of(new TakedownItem(ItemKind.PHONE, "0470 12 34 56"),
                new TakedownItem(ItemKind.GROUP_NAME, "Klas 5B")), null);
        assertThat(items).extracting(TakedownItem::value).containsExactly("+32470123456", "Klas 5B");
        assertThatThrownBy(() -> PlatformProfile.WHATSAPP.validate(
                List.of(new TakedownItem(ItemKind.URL, "https://wa.me/32470123456")), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.takedown.kind-not-for-platform"));
    }

    @Test
    void aRequestWithoutItemsIsRefused() {
        assertThatThrownBy(() -> PlatformProfile.URL.validate(List.of(), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo("validation.takedown.items-required"));
    }

    @Test
    void theLifecycleIsGuardedAndAReappearanceStartsItAgain() {
        assertThat(TakedownStatus.DRAFT.canMoveTo(TakedownStatus.REMOVED)).isFalse();
        assertThat(TakedownStatus.SUBMITTED.canMoveTo(TakedownStatus.ACKNOWLEDGED)).isTrue();
        assertThat(TakedownStatus.INFO_REQUESTED.canMoveTo(TakedownStatus.SUBMITTED)).isTrue();
        assertThat(TakedownStatus.REFUSED.next()).contains(TakedownStatus.APPEALED, TakedownStatus.ESCALATED);
        assertThat(TakedownStatus.APPEALED.canMoveTo(TakedownStatus.ESCALATED)).isTrue();
        assertThat(TakedownStatus.REMOVED.next()).containsExactlyInAnyOrder(TakedownStatus.REAPPEARED, TakedownStatus.CLOSED);
        assertThat(TakedownStatus.REAPPEARED.canMoveTo(TakedownStatus.SUBMITTED)).isTrue();
        assertThat(TakedownStatus.CLOSED.next()).isEmpty();
    }

    @Test
    void anItemWithACharacterThatCannotBeStoredOrThatReordersTextIsRefusedOnItsRow() {
        assertThatThrownBy(() -> PlatformProfile.YOUTUBE.validate(
                List.of(new TakedownItem(ItemKind.URL, "https://youtu.be/abc\u0000def")), null))
                .isInstanceOfSatisfying(DomainException.class, e -> {
                    assertThat(e.field()).isEqualTo("item.0");
                    assertThat(e.messageKey()).isEqualTo(Texts.INVALID_CHARACTER);
                });
        assertThatThrownBy(() -> PlatformProfile.WHATSAPP.validate(
                List.of(new TakedownItem(ItemKind.GROUP_NAME, "Klas \u202E5b")), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Texts.DIRECTION_CONTROL));
        assertThatThrownBy(() -> PlatformProfile.WHATSAPP.validate(
                List.of(new TakedownItem(ItemKind.GROUP_NAME, "Klas \uDC00")), null))
                .isInstanceOfSatisfying(DomainException.class,
                        e -> assertThat(e.messageKey()).isEqualTo(Texts.INVALID_CHARACTER));
    }

    @Test
    void aGroupNameIsKeptAsOneNormalisedLine() {
        var items = PlatformProfile.WHATSAPP.validate(
                List.of(new TakedownItem(ItemKind.GROUP_NAME, "  Klas\t5b\r\nZoe\u0308 \u200B")), null);

        assertThat(items).extracting(TakedownItem::value).containsExactly("Klas 5b Zoë");
    }
}
