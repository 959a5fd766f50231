package org.vangnet.sextortion;

import java.util.Locale;
import java.util.regex.Pattern;
import org.vangnet.base.domain.DomainException;

/**
 * The reference of a money transfer (a Western Union MTCN, a MoneyGram reference number, a PayPal
 * transaction id): spaces, hyphens, dots and slashes removed, upper-case, letters and digits only.
 */
record TransferReference(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z0-9]{4,40}");

    TransferReference {
        if (value == null || !SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("Not a normalised transfer reference");
        }
    }

    static TransferReference parse(String field, String typed) {
        String value = typed == null ? "" : typed.replaceAll("[\\s\\u00A0./-]+", "").toUpperCase(Locale.ROOT);
        if (!SHAPE.matcher(value).matches()) {
            throw DomainException.onField(field, "validation.transfer-reference.invalid");
        }
        return new TransferReference(value);
    }
}
