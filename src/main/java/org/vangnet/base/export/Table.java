package org.vangnet.base.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A table of figures to export: optional lines above the column headings (the period, say), the
 * headings, the data rows and optional lines below (a total or a median). Cells are text, numbers
 * or dates; {@code null} is an empty cell. Built once, written as CSV or XLSX by {@link ExportFormat}.
 */
public final class Table {

    /** Where a row sits: above the headings, the headings, data, or below the data. */
    public enum Part { PREAMBLE, HEADER, DATA, FOOTER }

    public record Row(Part part, List<Object> cells) {
    }

    private final String name;
    private final List<Row> rows = new ArrayList<>();

    private Table(String name) {
        this.name = Objects.requireNonNull(name);
    }

    /** {@code name} becomes the sheet name and the start of the file name. */
    public static Table named(String name) {
        return new Table(name);
    }

    public Table line(Object... cells) {
        return add(rows.stream().anyMatch(r -> r.part() == Part.HEADER) ? Part.FOOTER : Part.PREAMBLE, cells);
    }

    public Table header(List<String> headings) {
        return add(Part.HEADER, headings.toArray());
    }

    public Table header(String... headings) {
        return add(Part.HEADER, headings);
    }

    public Table row(List<?> cells) {
        return add(Part.DATA, cells.toArray());
    }

    public Table row(Object... cells) {
        return add(Part.DATA, cells);
    }

    private Table add(Part part, Object[] cells) {
        rows.add(new Row(part, java.util.Collections.unmodifiableList(Arrays.asList(cells.clone()))));
        return this;
    }

    public String name() {
        return name;
    }

    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** The number of data rows. */
    public long dataRows() {
        return rows.stream().filter(r -> r.part() == Part.DATA).count();
    }

    /**
     * A text cell that a spreadsheet would take for a formula (it starts with {@code = + - @}, a tab
     * or a carriage return) gets a leading apostrophe, so it is shown as text and never evaluated.
     */
    public static String neutralise(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
