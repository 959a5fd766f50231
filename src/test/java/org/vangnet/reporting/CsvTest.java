package org.vangnet.reporting;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spreadsheet-safe CSV: BOM, semicolons, and no cell a spreadsheet would run as a formula. */
class CsvTest {

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+31", "-2+3", "@cmd", "\tx", "\rx"})
    void cellsThatLookLikeFormulasAreNeutralised(String value) {
        assertThat(Csv.cell(value)).contains("'" + value.charAt(0));
        assertThat(Csv.cell(value).replace("\"", "")).startsWith("'");
    }

    @Test
    void ordinaryCellsStayAsTheyAre() {
        assertThat(Csv.cell("Gelekte beelden")).isEqualTo("Gelekte beelden");
        assertThat(Csv.cell(12L)).isEqualTo("12");
        assertThat(Csv.cell(null)).isEmpty();
        assertThat(Csv.cell("a;b")).isEqualTo("\"a;b\"");
        assertThat(Csv.cell("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
    }

    @Test
    void theFileStartsWithABomAndSeparatesWithSemicolons() {
        byte[] bytes = new Csv().row("a", "=b", 3).bytes();
        assertThat(bytes[0]).isEqualTo((byte) 0xEF);
        assertThat(bytes[1]).isEqualTo((byte) 0xBB);
        assertThat(bytes[2]).isEqualTo((byte) 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8)).isEqualTo("\uFEFFa;'=b;3\r\n");
    }

    @Test
    void barChartsAreLabelledAndEscaped() {
        String svg = SvgBars.svg("Per <maand>", java.util.List.of(new SvgBars.Bar("jan", 4, "4"),
                new SvgBars.Bar("feb", 0, "0")));
        assertThat(svg).startsWith("<svg").contains("aria-label=\"Per &lt;maand&gt;\"").contains("<rect")
                .contains(">jan</text>").doesNotContain("<maand>");
    }
}
