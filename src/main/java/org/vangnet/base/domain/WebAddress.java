package org.vangnet.base.domain;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A web address (http or https) in canonical form, so the same page pasted twice is recognised:
 * lower-case scheme and host, no default port, no fragment, no trailing slash on the path, and
 * without the tracking parameters that share links carry ({@code utm_*}, {@code fbclid},
 * {@code igsh}...). An address typed without a scheme is read as https; one that names a user
 * before the host is refused, as it hides where the link goes. The path and the other
 * query parameters are kept as they were: they are case-sensitive on many sites.
 */
public record WebAddress(String value) {

    public static final int MAX_LENGTH = 2000;

    /** Parameters that only say who shared a link or which campaign it came from, never which page it is. */
    static final Set<String> TRACKING_PARAMETERS = Set.of("fbclid", "gclid", "dclid", "gbraid", "wbraid", "msclkid",
            "igshid", "igsh", "mc_cid", "mc_eid", "yclid", "twclid", "ttclid", "_ga", "_gl", "si", "mibextid");

    /** A scheme without "//" (mailto:, javascript:), as opposed to a host with a port (example.org:8080). */
    private static final Pattern OTHER_SCHEME = Pattern.compile("[a-zA-Z][a-zA-Z0-9+.-]*:(?!\\d)");

    public WebAddress {
        if (value == null || !(value.startsWith("http://") || value.startsWith("https://"))
                || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Not a canonical web address");
        }
    }

    /** Parses what a person typed or pasted; throws a field-level {@link DomainException} when it is not a web address. */
    public static WebAddress parse(String field, String typed) {
        String raw = typed == null ? "" : typed.strip();
        if (raw.isEmpty() || raw.length() > MAX_LENGTH || raw.codePoints().anyMatch(Character::isWhitespace)) {
            throw invalid(field);
        }
        if (!raw.contains("://")) {
            if (OTHER_SCHEME.matcher(raw).lookingAt()) {
                throw invalid(field); // mailto:, javascript:, tel:...
            }
            raw = "https://" + raw;
        }
        URI uri;
        try {
            uri = new URI(raw);
        } catch (URISyntaxException e) {
            throw invalid(field);
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String host = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (!(scheme.equals("http") || scheme.equals("https")) || !host.contains(".") || host.startsWith(".")) {
            throw invalid(field);
        }
        int port = uri.getPort();
        boolean defaultPort = port == -1 || (scheme.equals("http") && port == 80) || (scheme.equals("https") && port == 443);
        if (uri.getRawUserInfo() != null) {
            throw invalid(field); // "https://instagram.com@evil.example" hides where a link really goes
        }
        var canonical = new StringBuilder(scheme).append("://").append(host);
        if (!defaultPort) {
            canonical.append(':').append(port);
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        while (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        canonical.append(path);
        String query = withoutTracking(uri.getRawQuery());
        if (!query.isEmpty()) {
            canonical.append('?').append(query);
        }
        if (canonical.length() > MAX_LENGTH) {
            throw invalid(field);
        }
        return new WebAddress(canonical.toString());
    }

    private static String withoutTracking(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            int equals = parameter.indexOf('=');
            String name = (equals < 0 ? parameter : parameter.substring(0, equals)).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }

    private static DomainException invalid(String field) {
        return DomainException.onField(field, "validation.url.invalid");
    }

    @Override
    public String toString() {
        return value;
    }
}
