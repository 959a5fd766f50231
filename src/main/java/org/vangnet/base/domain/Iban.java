package org.vangnet.base.domain;

import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * An international bank account number (ISO 13616): spaces removed, upper-case, with its length
 * checked for the country where it is known and its check digits verified (mod 97), so a typo is
 * caught before the number goes into a police complaint. {@code BE68 5390 0754 7034} is valid.
 */
public record Iban(String value) {

    private static final Pattern SHAPE = Pattern.compile("[A-Z]{2}\\d{2}[A-Z0-9]{11,30}");

    /** Lengths of the countries a Belgian helpline meets most; others get the shape and checksum checks only. */
    private static final Map<String, Integer> LENGTHS = Map.ofEntries(
            Map.entry("AT", 20), Map.entry("BE", 16), Map.entry("BG", 22), Map.entry("CH", 21), Map.entry("CY", 28),
            Map.entry("CZ", 24), Map.entry("DE", 22), Map.entry("DK", 18), Map.entry("EE", 20), Map.entry("ES", 24),
            Map.entry("FI", 18), Map.entry("FR", 27), Map.entry("GB", 22), Map.entry("GR", 27), Map.entry("HR", 21),
            Map.entry("HU", 28), Map.entry("IE", 22), Map.entry("IT", 27), Map.entry("LT", 20), Map.entry("LU", 20),
            Map.entry("LV", 21), Map.entry("MT", 31), Map.entry("NL", 18), Map.entry("NO", 15), Map.entry("PL", 28),
            Map.entry("PT", 25), Map.entry("RO", 24), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
            Map.entry("TR", 26));

    public Iban {
        if (value == null || !valid(value)) {
            throw new IllegalArgumentException("Not a valid IBAN");
        }
    }

    /** Parses what a person typed; throws a field-level {@link DomainException} when it is not a valid IBAN. */
    public static Iban parse(String field, String typed) {
        String value = typed == null ? "" : typed.replaceAll("[\\s\\u00A0]+", "").toUpperCase(Locale.ROOT);
        if (!valid(value)) {
            throw DomainException.onField(field, "validation.iban.invalid");
        }
        return new Iban(value);
    }

    /** In groups of four, as printed on bank cards and statements. */
    public String formatted() {
        return value.replaceAll("(.{4})(?!$)", "$1 ");
    }

    public String country() {
        return value.substring(0, 2);
    }

    private static boolean valid(String value) {
        if (!SHAPE.matcher(value).matches()) {
            return false;
        }
        Integer length = LENGTHS.get(value.substring(0, 2));
        return (length == null || length == value.length()) && checksumHolds(value);
    }

    /** ISO 7064 mod 97-10: move the first four characters to the end, letters become 10..35, the remainder must be 1. */
    static boolean checksumHolds(String iban) {
        String rearranged = iban.substring(4) + iban.substring(0, 4);
        int remainder = 0;
        for (char c : rearranged.toCharArray()) {
            remainder = Character.isDigit(c)
                    ? (remainder * 10 + (c - '0')) % 97
                    : (remainder * 100 + (c - 'A' + 10)) % 97;
        }
        return remainder == 1;
    }

    @Override
    public String toString() {
        return value;
    }
}
