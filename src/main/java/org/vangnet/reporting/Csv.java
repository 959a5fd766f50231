package org.vangnet.reporting;

import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV as spreadsheets in Belgium open it: UTF-8 with a byte order mark, {@code ;} between cells.
 * Cells that a spreadsheet would read as a formula are neutralised with a leading apostrophe.
 */
public final class Csv {

    private final StringBuilder text = new StringBuilder("\uFEFF");

    public Csv row(List<?> cells) {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                text.append(';');
            }
            text.append(cell(cells.get(i)));
        }
        text.append("\r\n");
        return this;
    }

    public Csv row(Object... cells) {
        return row(java.util.Arrays.asList(cells));
    }

    public byte[] bytes() {
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** One cell, neutralised and quoted where needed. */
    public static String cell(Object value) {
        String s = value == null ? "" : value.toString();
        if (!s.isEmpty() && "=+-@\t\r".indexOf(s.charAt(0)) >= 0) {
            s = "'" + s;
        }
        if (s.indexOf(';') >= 0 || s.indexOf('"') >= 0 || s.indexOf('\n') >= 0 || s.indexOf('\r') >= 0) {
            s = '"' + s.replace("\"", "\"\"") + '"';
        }
        return s;
    }
}
