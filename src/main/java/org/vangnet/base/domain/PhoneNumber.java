package org.vangnet.base.domain;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.PhoneNumberFormat;

/**
 * A phone number, validated and normalised to E.164 once, here. {@code +32 470 12 34 56},
 * {@code 0470123456} and {@code 0032470123456} are the same number; national numbers without a
 * country code are read as Belgian.
 */
public record PhoneNumber(String e164) {

    public static final String DEFAULT_REGION = "BE";
    private static final PhoneNumberUtil UTIL = PhoneNumberUtil.getInstance();

    public PhoneNumber {
        if (e164 == null || !e164.matches("\\+[1-9]\\d{6,14}")) {
            throw new IllegalArgumentException("Not an E.164 number");
        }
    }

    /** Parses what a person typed; throws a field-level {@link DomainException} when it is not a valid number. */
    public static PhoneNumber parse(String field, String typed) {
        String raw = typed == null ? "" : typed.strip();
        if (raw.startsWith("00")) {
            raw = "+" + raw.substring(2);
        }
        try {
            var number = UTIL.parse(raw, DEFAULT_REGION);
            if (!UTIL.isValidNumber(number)) {
                throw DomainException.onField(field, "validation.phone.invalid");
            }
            return new PhoneNumber(UTIL.format(number, PhoneNumberFormat.E164));
        } catch (NumberParseException e) {
            throw DomainException.onField(field, "validation.phone.invalid");
        }
    }

    @Override
    public String toString() {
        return e164;
    }
}
