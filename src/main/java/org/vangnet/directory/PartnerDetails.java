package org.vangnet.directory;

import java.util.Locale;
import java.util.Set;

/**
 * A partner of the referral directory, as screens show and edit it. {@code code} is the name of the
 * fixed list it stands for ({@code CHILD_FOCUS}...), {@code null} for a partner an administrator
 * added; {@code id} is {@code null} for a new one. Texts come in Dutch, French and English.
 */
public record PartnerDetails(Long id, long version, String code, String name, String descriptionNl,
                             String descriptionFr, String descriptionEn, Integer minAge, Integer maxAge,
                             PartnerRegion region, Set<PartnerLanguage> languages, String phone, String hoursNl,
                             String hoursFr, String hoursEn, String chatUrl, String email, String website,
                             boolean active, int sortOrder) {

    public PartnerDetails {
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    /** A new, empty partner for the administrators' form. */
    public static PartnerDetails blank() {
        return new PartnerDetails(null, 0, null, "", null, null, null, null, null, PartnerRegion.BELGIUM,
                Set.of(PartnerLanguage.NL), null, null, null, null, null, null, null, true, 100);
    }

    /** What the partner does, in the given language (Dutch when that text is missing). */
    public String description(Locale locale) {
        return pick(locale, descriptionNl, descriptionFr, descriptionEn);
    }

    /** When the partner can be reached, in the given language (Dutch when that text is missing). */
    public String hours(Locale locale) {
        return pick(locale, hoursNl, hoursFr, hoursEn);
    }

    /** Whether a client of this age is one the partner is for; an unknown age fits every partner. */
    public boolean fitsAge(Integer age) {
        return age == null || ((minAge == null || age >= minAge) && (maxAge == null || age <= maxAge));
    }

    private static String pick(Locale locale, String nl, String fr, String en) {
        String language = locale == null ? "nl" : locale.getLanguage();
        String text = switch (language) {
            case "fr" -> fr;
            case "en" -> en;
            default -> nl;
        };
        return text == null || text.isBlank() ? nl : text;
    }
}
