package org.vangnet.base.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * A username on a platform, as the platforms compare them: trimmed, without the leading {@code @},
 * lower-case. {@code @Extorter_01} and {@code extorter_01} are the same handle. Letters, digits,
 * dot, underscore and hyphen only: a pasted profile link or a display name with spaces is refused.
 */
public record PlatformHandle(String value) {

    public static final int MAX_LENGTH = 64;
    private static final Pattern ALLOWED = Pattern.compile("[\\p{L}\\p{N}._-]{1," + MAX_LENGTH + "}");
    private static final Pattern HAS_LETTER_OR_DIGIT = Pattern.compile(".*[\\p{L}\\p{N}].*");

    public PlatformHandle {
        if (value == null || !valid(value) || !value.equals(value.toLowerCase(Locale.ROOT))) {
            throw new IllegalArgumentException("Not a normalised platform handle");
        }
    }

    /** Parses what a person typed; throws a field-level {@link DomainException} when it is not a handle. */
    public static PlatformHandle parse(String field, String typed) {
        String value = typed == null ? "" : typed.strip();
        if (value.startsWith("@")) {
            value = value.substring(1).strip();
        }
        value = value.toLowerCase(Locale.ROOT);
        if (!valid(value)) {
            throw DomainException.onField(field, "validation.handle.invalid");
        }
        return new PlatformHandle(value);
    }

    private static boolean valid(String value) {
        return ALLOWED.matcher(value).matches() && HAS_LETTER_OR_DIGIT.matcher(value).matches();
    }

    @Override
    public String toString() {
        return value;
    }
}
