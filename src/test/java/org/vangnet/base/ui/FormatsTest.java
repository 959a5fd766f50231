package org.vangnet.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.base.time.HelplineZone;

class FormatsTest {

    private final LocalDateTime evening = LocalDateTime.of(2026, 12, 5, 17, 47);

    @Test
    void everyLanguageWritesTheDayFirstAndA24HourClock() {
        var instant = evening.atZone(HelplineZone.ZONE).toInstant();
        assertThat(Formats.dateTime(instant, TranslationProvider.DUTCH)).isEqualTo("05/12/2026 17:47");
        assertThat(Formats.dateTime(instant, TranslationProvider.FRENCH)).isEqualTo("05/12/2026 17:47");
        assertThat(Formats.dateTime(instant, TranslationProvider.ENGLISH)).isEqualTo("05/12/2026 17:47");
        assertThat(Formats.dateTime(instant, java.util.Locale.US)).as("US English is shown as British").isEqualTo("05/12/2026 17:47");
    }

    @Test
    void listsAndDetailsUseTheSameStyle() {
        var instant = evening.atZone(HelplineZone.ZONE).toInstant();
        assertThat(Formats.shortDateTime(instant, TranslationProvider.DUTCH)).isEqualTo(Formats.dateTime(instant, TranslationProvider.DUTCH));
        assertThat(Formats.date(LocalDate.of(2026, 6, 1), TranslationProvider.ENGLISH)).isEqualTo("01/06/2026");
    }

    @Test
    void englishIsBritishEnglish() {
        assertThat(TranslationProvider.ENGLISH.toLanguageTag()).isEqualTo("en-GB");
        assertThat(TranslationProvider.supported(java.util.Locale.US)).isEqualTo(TranslationProvider.ENGLISH);
    }

    @Test
    void numbersUseTheLanguagesSeparators() {
        assertThat(Formats.numbers(TranslationProvider.DUTCH).format(1234.5)).isEqualTo("1.234,5");
        assertThat(Formats.numbers(TranslationProvider.ENGLISH).format(1234.5)).isEqualTo("1,234.5");
        assertThat(Formats.percent(TranslationProvider.DUTCH).format(0.25)).isEqualTo("25%");
    }

    @Test
    void datePickersReadDayFirstStartWeeksOnMondayAndSpeakTheLanguage() {
        var english = Formats.pickerTexts(TranslationProvider.ENGLISH);
        assertThat(english.getDateFormats()).first().isEqualTo("dd/MM/yyyy");
        assertThat(english.getDateFormats()).contains("d/M/yyyy", "d.M.yyyy");
        assertThat(english.getFirstDayOfWeek()).isEqualTo(1);
        assertThat(english.getToday()).isEqualTo("Today");
        var dutch = Formats.pickerTexts(TranslationProvider.DUTCH);
        assertThat(dutch.getMonthNames()).startsWith("januari");
        assertThat(dutch.getWeekdays()).first().isEqualTo("zondag");
        assertThat(Formats.pickerTexts(TranslationProvider.FRENCH).getMonthNames()).element(11).isEqualTo("décembre");
    }
}
