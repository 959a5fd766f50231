package org.vangnet.takedowns;

import java.net.URI;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.domain.PhoneNumber;
import org.vangnet.base.domain.PlatformHandle;
import org.vangnet.base.domain.WebAddress;

/**
 * What a platform needs to act, and how each identifier is checked. A Discord ID is 17 to 19
 * digits, a YouTube link must name a video, an X link must be a post: a request that would be
 * turned away by the platform is refused here, with the reason, before anyone waits for nothing.
 */
public enum PlatformProfile {
    URL(EnumSet.of(ItemKind.URL)),
    URL_OR_HANDLE(EnumSet.of(ItemKind.URL, ItemKind.USERNAME)),
    HANDLE(EnumSet.of(ItemKind.USERNAME, ItemKind.URL)),
    YOUTUBE(EnumSet.of(ItemKind.URL, ItemKind.TIMESTAMP)),
    X(EnumSet.of(ItemKind.URL)),
    WHATSAPP(EnumSet.of(ItemKind.PHONE, ItemKind.GROUP_NAME)),
    DISCORD(EnumSet.of(ItemKind.MESSAGE_LINK, ItemKind.USER_ID, ItemKind.CHANNEL_ID, ItemKind.SERVER_ID)),
    GOOGLE_SEARCH(EnumSet.of(ItemKind.URL));

    static final int MAX_VALUE = 500;
    private static final Pattern DISCORD_ID = Pattern.compile("\\d{17,19}");
    private static final Pattern DISCORD_LINK = Pattern.compile(
            "https://(?:(?:ptb|canary)\\.)?discord(?:app)?\\.com/channels/(?:@me|\\d{17,19})/\\d{17,19}/\\d{17,19}");
    private static final Pattern TIMESTAMP_PATTERN = Pattern.compile("(?:\\d{1,2}:)?\\d{1,2}:\\d{2}");
    private static final Pattern YOUTUBE_ID = Pattern.compile("[A-Za-z0-9_-]{11}");
    private static final Pattern X_POST = Pattern.compile("/[A-Za-z0-9_]{1,15}/status/\\d{1,25}/?");

    private final Set<ItemKind> kinds;

    PlatformProfile(Set<ItemKind> kinds) {
        this.kinds = kinds;
    }

    public Set<ItemKind> kinds() {
        return kinds;
    }

    /**
     * Checks and normalises the items for this platform. Errors name the item's position
     * ({@code item.0}, {@code item.1}...) so the form shows them next to the right row.
     */
    List<TakedownItem> validate(List<TakedownItem> items, Integer maxItems) {
        if (items == null || items.isEmpty()) {
            throw DomainException.onField("items", "validation.takedown.items-required");
        }
        if (maxItems != null && items.size() > maxItems) {
            throw DomainException.onField("items", "validation.takedown.too-many-items", maxItems);
        }
        var normalised = new java.util.ArrayList<TakedownItem>();
        for (int i = 0; i < items.size(); i++) {
            normalised.add(normalise("item." + i, items.get(i)));
        }
        if (this == YOUTUBE && normalised.stream().noneMatch(item -> item.kind() == ItemKind.URL)) {
            throw DomainException.onField("items", "validation.takedown.youtube-video-required");
        }
        return List.copyOf(normalised);
    }

    private TakedownItem normalise(String field, TakedownItem item) {
        if (item.kind() == null || !kinds.contains(item.kind())) {
            throw DomainException.onField(field, "validation.takedown.kind-not-for-platform");
        }
        // One line, cleaned and checked as all free text is (decision 024), before the kind's own rules.
        String raw = Texts.line(field, item.value(), MAX_VALUE);
        if (raw == null) {
            throw DomainException.onField(field, "validation.required");
        }
        String value = switch (item.kind()) {
            case URL -> url(field, raw);
            case USERNAME -> PlatformHandle.parse(field, raw).value();
            case PHONE -> PhoneNumber.parse(field, raw).e164();
            case GROUP_NAME -> raw;
            case USER_ID, CHANNEL_ID, SERVER_ID -> discordId(field, raw);
            case MESSAGE_LINK -> discordLink(field, raw);
            case TIMESTAMP -> timestamp(field, raw);
        };
        return new TakedownItem(item.kind(), value);
    }

    /** Canonical through {@link WebAddress}; YouTube must name a video, X must be a post. */
    private String url(String field, String raw) {
        String canonical = WebAddress.parse(field, raw).value();
        URI uri = URI.create(canonical);
        String host = uri.getHost();
        switch (this) {
            case YOUTUBE -> {
                if (youtubeVideoId(host, uri) == null) {
                    throw DomainException.onField(field, "validation.takedown.youtube-video");
                }
            }
            case X -> {
                boolean xHost = host.equals("x.com") || host.equals("twitter.com") || host.endsWith(".x.com")
                        || host.endsWith(".twitter.com");
                if (!xHost || uri.getPath() == null || !X_POST.matcher(uri.getPath()).matches()) {
                    throw DomainException.onField(field, "validation.takedown.x-post");
                }
            }
            default -> {
            }
        }
        return canonical;
    }

    static String youtubeVideoId(String host, URI uri) {
        String path = uri.getPath() == null ? "" : uri.getPath();
        String candidate = null;
        if (host.equals("youtu.be")) {
            candidate = path.replaceFirst("^/", "");
        } else if (host.equals("youtube.com") || host.endsWith(".youtube.com")) {
            if (path.equals("/watch") && uri.getQuery() != null) {
                Matcher v = Pattern.compile("(?:^|&)v=([^&]+)").matcher(uri.getQuery());
                candidate = v.find() ? v.group(1) : null;
            } else if (path.startsWith("/shorts/") || path.startsWith("/embed/") || path.startsWith("/live/")) {
                candidate = path.substring(path.indexOf('/', 1) + 1);
            }
        }
        return candidate != null && YOUTUBE_ID.matcher(candidate).matches() ? candidate : null;
    }

    private static String discordId(String field, String raw) {
        if (!DISCORD_ID.matcher(raw).matches()) {
            throw DomainException.onField(field, "validation.takedown.discord-id");
        }
        return raw;
    }

    private static String discordLink(String field, String raw) {
        if (!DISCORD_LINK.matcher(raw).matches()) {
            throw DomainException.onField(field, "validation.takedown.discord-link");
        }
        return raw;
    }

    private static String timestamp(String field, String raw) {
        if (!TIMESTAMP_PATTERN.matcher(raw).matches()) {
            throw DomainException.onField(field, "validation.takedown.timestamp");
        }
        return raw;
    }
}
