package org.vangnet.base.ui;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;
import org.vangnet.base.time.HelplineZone;

/** Dates as the user's language writes them, in the helpline's time zone. */
public final class Formats {

    private Formats() {
    }

    public static String date(java.time.LocalDate date, Locale locale) {
        return date == null ? "" : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(locale).format(date);
    }

    /** Compact, for dense lists. */
    public static String shortDateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.SHORT).withLocale(locale).withZone(HelplineZone.ZONE).format(instant);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                .withLocale(locale).withZone(HelplineZone.ZONE).format(instant);
    }
}
