package org.vangnet.base.export;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.temporal.TemporalAccessor;
import java.util.List;
import java.util.Locale;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.vangnet.base.export.Table.Part;
import org.vangnet.base.export.Table.Row;

/**
 * The two export formats of aggregate reports. In both, every text cell goes through
 * {@link Table#neutralise}: a cell is never read as a formula, whichever program opens the file.
 */
public enum ExportFormat {

    /**
     * CSV as spreadsheets in Belgium open it: UTF-8 with a byte order mark, {@code ;} between cells,
     * decimals in the user's language. Numbers are neutralised like text (a {@code -} is a {@code -}).
     */
    CSV("csv", "text/csv;charset=UTF-8") {
        @Override
        public byte[] write(Table table, Locale locale) {
            var numbers = NumberFormat.getNumberInstance(locale);
            numbers.setGroupingUsed(false);
            numbers.setMaximumFractionDigits(2);
            var text = new StringBuilder("\uFEFF");
            for (Row row : table.rows()) {
                for (int i = 0; i < row.cells().size(); i++) {
                    if (i > 0) {
                        text.append(';');
                    }
                    text.append(csvCell(row.cells().get(i), numbers));
                }
                text.append("\r\n");
            }
            return text.toString().getBytes(StandardCharsets.UTF_8);
        }
    },

    /**
     * An Office Open XML workbook with one sheet: headings bold and frozen, numbers as numbers, dates
     * as dates, text as inline strings (never formulas).
     */
    XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet") {
        @Override
        public byte[] write(Table table, Locale locale) {
            var out = new ByteArrayOutputStream();
            try (var workbook = new Workbook(out, "Vangnet", "1.0")) {
                Worksheet sheet = workbook.newWorksheet(sheetName(table.name()));
                List<Row> rows = table.rows();
                int[] widths = new int[rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0)];
                for (int r = 0; r < rows.size(); r++) {
                    Row row = rows.get(r);
                    for (int c = 0; c < row.cells().size(); c++) {
                        Object value = row.cells().get(c);
                        widths[c] = Math.max(widths[c], xlsxCell(sheet, r, c, value));
                        if (row.part() == Part.HEADER) {
                            sheet.style(r, c).bold().fillColor("E8EEF4").set();
                        }
                    }
                    if (row.part() == Part.HEADER) {
                        sheet.freezePane(0, r + 1);
                    }
                }
                for (int c = 0; c < widths.length; c++) {
                    sheet.width(c, Math.min(60, Math.max(8, widths[c] + 2)));
                }
                workbook.finish();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return out.toByteArray();
        }
    };

    private final String extension;
    private final String contentType;

    ExportFormat(String extension, String contentType) {
        this.extension = extension;
        this.contentType = contentType;
    }

    public abstract byte[] write(Table table, Locale locale);

    public String extension() {
        return extension;
    }

    public String contentType() {
        return contentType;
    }

    /** {@code name-2026-11-21.csv}: the table's name and the day of the export. */
    public String fileName(Table table, LocalDate day) {
        return table.name() + "-" + day + "." + extension;
    }

    static String csvCell(Object value, NumberFormat numbers) {
        String s = switch (value) {
            case null -> "";
            case Double d -> numbers.format(d);
            case Float f -> numbers.format(f);
            case java.math.BigDecimal b -> numbers.format(b);
            default -> value.toString();
        };
        s = Table.neutralise(s);
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }

    /** Writes one cell and returns roughly how many characters wide it is. */
    private static int xlsxCell(Worksheet sheet, int r, int c, Object value) {
        switch (value) {
            case null -> {
                return 0;
            }
            case Number n -> {
                sheet.value(r, c, n);
                return n.toString().length();
            }
            case LocalDate d -> {
                sheet.value(r, c, d);
                sheet.style(r, c).format("yyyy-mm-dd").set();
                return 10;
            }
            case TemporalAccessor t -> {
                String text = t.toString();
                sheet.inlineString(r, c, text);
                return text.length();
            }
            default -> {
                String text = Table.neutralise(value.toString());
                sheet.inlineString(r, c, text);
                return text.length();
            }
        }
    }

    /** Sheet names: at most 31 characters, none of {@code : \ / ? * [ ]}. */
    private static String sheetName(String name) {
        String clean = name.replaceAll("[:\\\\/?*\\[\\]]", " ").strip();
        return clean.isEmpty() ? "Vangnet" : clean.substring(0, Math.min(31, clean.length()));
    }
}
