package org.vangnet.base.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datepicker.DatePicker.DatePickerI18n;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import java.text.NumberFormat;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeFormatter;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.base.time.HelplineZone;

/**
 * The one way Vangnet writes and reads dates, times and numbers, in the helpline's time zone.
 *
 * <p>Belgian Dutch, Belgian French and British English all write the day first, the month second
 * and the hours on a 24-hour clock, so one numeric pattern serves the three languages; what differs
 * is the language of month and day names and the number separators, which come from the locale
 * ({@link TranslationProvider#LOCALES}: nl-BE, fr-BE, en-GB). Date pickers use the same pattern for
 * display and input, so a date typed as 6/12/2026 is 6 December in every language, and weeks start
 * on Monday. Shown and typed dates never disagree: that was the cause of dates saved a month off.
 */
public final class Formats {

    private static final java.util.Map<Locale, DatePickerI18n> PICKER_TEXTS = new java.util.concurrent.ConcurrentHashMap<>();


    /** Day first, four-digit year: what Belgian and British forms print. */
    public static final String DATE_PATTERN = "dd/MM/yyyy";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern(DATE_PATTERN);
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern(DATE_PATTERN + " HH:mm");
    /** Also accepted when typed: single digits, two-digit years, dots and dashes as Belgians write them. */
    private static final String[] ALSO_READ = {"d/M/yyyy", "d/M/yy", "d.M.yyyy", "d.M.yy", "d-M-yyyy", "d-M-yy"};

    private Formats() {
    }

    public static String date(LocalDate date, Locale locale) {
        return date == null ? "" : DATE.withLocale(supported(locale)).format(date);
    }

    /** Kept for the dense lists that called it: the same style as {@link #dateTime}, one style everywhere. */
    public static String shortDateTime(Instant instant, Locale locale) {
        return dateTime(instant, locale);
    }

    public static String dateTime(Instant instant, Locale locale) {
        if (instant == null) {
            return "";
        }
        return DATE_TIME.withLocale(supported(locale)).withZone(HelplineZone.ZONE).format(instant);
    }

    /** Whole and decimal numbers with the language's separators (1.234,5 in Belgium, 1,234.5 in English). */
    /** A month as a reader names it: "december 2026", "décembre 2026", "December 2026". */
    public static String month(java.time.YearMonth month, Locale locale) {
        return new java.time.format.DateTimeFormatterBuilder()
                .appendText(java.time.temporal.ChronoField.MONTH_OF_YEAR, java.time.format.TextStyle.FULL_STANDALONE)
                .appendLiteral(' ').appendValue(java.time.temporal.ChronoField.YEAR)
                .toFormatter(locale).format(month);
    }

    public static NumberFormat numbers(Locale locale) {
        return NumberFormat.getNumberInstance(supported(locale));
    }

    public static NumberFormat percent(Locale locale) {
        return NumberFormat.getPercentInstance(supported(locale));
    }

    /** A date picker that shows and reads {@link #DATE_PATTERN}, names months in the user's language, weeks from Monday. */
    public static <P extends DatePicker> P localised(P picker, Locale locale) {
        var effective = supported(locale);
        picker.setLocale(effective);
        picker.setI18n(sharedPickerTexts(effective));
        return picker;
    }

    /** The same for date and time; the time half follows the locale, which is a 24-hour clock in all three. */
    public static DateTimePicker localised(DateTimePicker picker, Locale locale) {
        var effective = supported(locale);
        picker.setLocale(effective);
        picker.setDatePickerI18n(sharedPickerTexts(effective));
        return picker;
    }

    /**
     * One set of picker texts per language for every picker of every session (decision 047): the texts
     * never change while the application runs, and a set per picker cost each session about 1.7 kB per
     * date field. Nobody may change a set once given out.
     */
    private static DatePickerI18n sharedPickerTexts(Locale locale) {
        return PICKER_TEXTS.computeIfAbsent(locale, Formats::pickerTexts);
    }

    static DatePickerI18n pickerTexts(Locale locale) {
        var i18n = new DatePickerI18n();
        i18n.setDateFormats(DATE_PATTERN, ALSO_READ);
        i18n.setFirstDayOfWeek(1);
        i18n.setMonthNames(Arrays.stream(Month.values()).map(m -> m.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        // Vaadin lists weekdays from Sunday whatever the first day of the week.
        List<DayOfWeek> fromSunday = List.of(DayOfWeek.SUNDAY, DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY, DayOfWeek.SATURDAY);
        i18n.setWeekdays(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.FULL_STANDALONE, locale)).toList());
        i18n.setWeekdaysShort(fromSunday.stream().map(d -> d.getDisplayName(TextStyle.SHORT_STANDALONE, locale)).toList());
        var texts = new TranslationProvider();
        i18n.setToday(texts.getTranslation("date.today", locale));
        i18n.setCancel(texts.getTranslation("date.cancel", locale));
        i18n.setBadInputErrorMessage(texts.getTranslation("date.bad-input", locale, "31/12/2026"));
        return i18n;
    }

    private static Locale supported(Locale locale) {
        return TranslationProvider.supported(locale);
    }
}
