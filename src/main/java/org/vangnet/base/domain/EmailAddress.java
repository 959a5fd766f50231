package org.vangnet.base.domain;

import java.util.Locale;
import java.util.regex.Pattern;

/** An e-mail address, trimmed and lower-cased so the same address typed twice is recognised. */
public record EmailAddress(String value) {

    public static final int MAX_LENGTH = 254;
    private static final Pattern SHAPE = Pattern.compile("[^\\s@]+@[^\\s@]+\\.[^\\s@.]{2,}");

    public EmailAddress {
        if (value == null || !SHAPE.matcher(value).matches() || value.length() > MAX_LENGTH) {
            throw new IllegalArgumentException("Not an e-mail address");
        }
    }

    public static EmailAddress parse(String field, String typed) {
        String value = typed == null ? "" : typed.strip().toLowerCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches() || value.length() > MAX_LENGTH) {
            throw DomainException.onField(field, "validation.email.invalid");
        }
        return new EmailAddress(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
