package org.vangnet.directory;

import java.util.Locale;

/** A language a partner helps in. */
public enum PartnerLanguage {
    NL, FR, EN;

    /** The language of a tag such as {@code nl} or {@code fr-BE}, or {@code null} for one the directory does not know. */
    public static PartnerLanguage of(String tag) {
        if (tag == null || tag.isBlank()) {
            return null;
        }
        String language = Locale.forLanguageTag(tag.strip()).getLanguage().toUpperCase(Locale.ROOT);
        for (PartnerLanguage value : values()) {
            if (value.name().equals(language)) {
                return value;
            }
        }
        return null;
    }

    public Locale locale() {
        return Locale.forLanguageTag(name().toLowerCase(Locale.ROOT));
    }
}
