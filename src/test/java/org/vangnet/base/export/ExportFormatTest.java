package org.vangnet.base.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Spreadsheet-safe exports: no cell is ever read as a formula, in CSV or in XLSX. */
class ExportFormatTest {

    static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    @ParameterizedTest
    @ValueSource(strings = {"=SUM(A1)", "+31", "-2+3", "@cmd", "\tx", "\rx"})
    void csvCellsThatLookLikeFormulasAreNeutralised(String value) {
        String csv = csv(Table.named("t").row(value));
        String cell = csv.substring(1, csv.length() - 2).replace("\"", "");
        assertThat(cell).isEqualTo("'" + value);
    }

    @Test
    void ordinaryCsvCellsStayAsTheyAreAndSeparatorsAreQuoted() {
        assertThat(csv(Table.named("t").row("Gelekte beelden", 12L, null, "a;b", "say \"hi\"")))
                .isEqualTo("\uFEFFGelekte beelden;12;;\"a;b\";\"say \"\"hi\"\"\"\r\n");
    }

    @Test
    void aCsvFileStartsWithABomAndWritesDecimalsAndDatesAsTheReaderExpects() {
        byte[] bytes = ExportFormat.CSV.write(Table.named("t").line("Periode", LocalDate.of(2026, 1, 1))
                .header("a", "b").row(3.25, "=b"), DUTCH);
        assertThat(new byte[] {bytes[0], bytes[1], bytes[2]}).containsExactly(0xEF, 0xBB, 0xBF);
        assertThat(new String(bytes, StandardCharsets.UTF_8))
                .isEqualTo("\uFEFFPeriode;2026-01-01\r\na;b\r\n3,25;'=b\r\n");
        assertThat(new String(ExportFormat.CSV.write(Table.named("t").row(3.25), Locale.ENGLISH), StandardCharsets.UTF_8))
                .isEqualTo("\uFEFF3.25\r\n");
    }

    @Test
    void anXlsxWorkbookHoldsTextNumbersAndDatesAndNoFormulaAtAll() throws IOException {
        var table = Table.named("werklast/2026").line("Periode", LocalDate.of(2026, 1, 1))
                .header("Naam", "Open", "Mediaan")
                .row("=HYPERLINK(\"http://x\")", 4L, 2.5)
                .row("-1+1", 0L, null)
                .line("Totaal", 4L);
        byte[] bytes = ExportFormat.XLSX.write(table, DUTCH);

        try (var workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes))) {
            var sheet = workbook.getFirstSheet();
            assertThat(sheet.getName()).isEqualTo("werklast 2026");
            List<Row> rows = sheet.read();
            assertThat(rows).hasSize(5);
            assertThat(rows.get(0).getCellAsDate(1)).hasValueSatisfying(d -> assertThat(d.toLocalDate())
                    .isEqualTo(LocalDate.of(2026, 1, 1)));
            assertThat(rows.get(1).getCellText(0)).isEqualTo("Naam");
            assertThat(rows.get(2).getCell(0).getType()).isEqualTo(CellType.STRING);
            assertThat(rows.get(2).getCellText(0)).isEqualTo("'=HYPERLINK(\"http://x\")");
            assertThat(rows.get(2).getCell(1).getType()).isEqualTo(CellType.NUMBER);
            assertThat(rows.get(2).getCellAsNumber(1)).contains(BigDecimal.valueOf(4));
            assertThat(rows.get(2).getCellAsNumber(2)).hasValueSatisfying(n -> assertThat(n.doubleValue()).isEqualTo(2.5));
            assertThat(rows.get(3).getCellText(0)).isEqualTo("'-1+1");
            assertThat(rows.get(4).getCellAsNumber(1)).contains(BigDecimal.valueOf(4));
            assertThat(rows).flatMap(r -> r.stream().toList()).noneMatch(c -> c != null && c.getType() == CellType.FORMULA);
        }
        assertThat(sheetXml(bytes)).doesNotContain("<f>").doesNotContain("<f ");
    }

    @Test
    void theFileNameIsTheTableNameAndTheDay() {
        assertThat(ExportFormat.XLSX.fileName(Table.named("trends"), LocalDate.of(2026, 11, 21)))
                .isEqualTo("trends-2026-11-21.xlsx");
        assertThat(ExportFormat.CSV.contentType()).startsWith("text/csv");
    }

    private static String csv(Table table) {
        return new String(ExportFormat.CSV.write(table, DUTCH), StandardCharsets.UTF_8);
    }

    /** The worksheet's XML, read through the zip's central directory as spreadsheet programs do. */
    private static String sheetXml(byte[] xlsx) throws IOException {
        var file = java.nio.file.Files.createTempFile("export", ".xlsx");
        try {
            java.nio.file.Files.write(file, xlsx);
            try (var zip = new java.util.zip.ZipFile(file.toFile())) {
                var entry = zip.stream().filter(e -> e.getName().startsWith("xl/worksheets/")).findFirst()
                        .orElseThrow(() -> new AssertionError("No worksheet in the workbook"));
                return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
            }
        } finally {
            java.nio.file.Files.delete(file);
        }
    }
}
