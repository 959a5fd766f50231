package org.vangnet.advice;

import java.util.Locale;
import org.vangnet.cases.HarmKind;

/** A step of the advice as administrators edit it; {@code harm} {@code null} means every kind of harm. */
public record AdviceStepDetails(Long id, long version, String code, HarmKind harm, AdviceAudience audience,
                                int sortOrder, String titleNl, String titleFr, String titleEn, String textNl,
                                String textFr, String textEn, boolean openItem, boolean active) {

    public String title(Locale locale) {
        return pick(locale, titleNl, titleFr, titleEn);
    }

    /** The client-ready text in the given language. */
    public String text(Locale locale) {
        return pick(locale, textNl, textFr, textEn);
    }

    private static String pick(Locale locale, String nl, String fr, String en) {
        return switch (locale == null ? "nl" : locale.getLanguage()) {
            case "fr" -> fr;
            case "en" -> en;
            default -> nl;
        };
    }
}
