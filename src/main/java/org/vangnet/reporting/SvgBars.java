package org.vangnet.reporting;

import java.util.List;
import java.util.Locale;

/**
 * A plain, labelled SVG bar chart, drawn on the server: one bar per label, its value above it, the
 * label below, and an {@code aria-label} that says what it shows. No script, no library.
 */
public final class SvgBars {

    public record Bar(String label, double value, String valueText) {
    }

    /** Month labels under the bars and in the tables. */
    public static final String MONTH_PATTERN = "MMM yy";

    static final int BAR = 36;
    static final int GAP = 12;
    static final int HEIGHT = 160;
    static final int TOP = 18;
    static final int BOTTOM = 34;

    private SvgBars() {
    }

    public static String svg(String title, List<Bar> bars) {
        double max = bars.stream().mapToDouble(Bar::value).max().orElse(0);
        int width = Math.max(1, bars.size()) * (BAR + GAP) + GAP;
        var s = new StringBuilder();
        s.append("<svg xmlns=\"http://www.w3.org/2000/svg\" role=\"img\" class=\"vn-chart\" viewBox=\"0 0 ")
                .append(width).append(' ').append(TOP + HEIGHT + BOTTOM).append("\" width=\"").append(width)
                .append("\" height=\"").append(TOP + HEIGHT + BOTTOM).append("\" aria-label=\"").append(escape(title))
                .append("\"><title>").append(escape(title)).append("</title>");
        s.append("<line x1=\"0\" x2=\"").append(width).append("\" y1=\"").append(TOP + HEIGHT).append("\" y2=\"")
                .append(TOP + HEIGHT).append("\" stroke=\"currentColor\" stroke-opacity=\"0.3\"/>");
        for (int i = 0; i < bars.size(); i++) {
            Bar bar = bars.get(i);
            int h = max <= 0 ? 0 : (int) Math.round(bar.value() / max * HEIGHT);
            int x = GAP + i * (BAR + GAP);
            int cx = x + BAR / 2;
            s.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"%d\" height=\"%d\" rx=\"3\" fill=\"var(--lumo-primary-color, #1676f3)\">"
                            + "<title>%s: %s</title></rect>",
                    x, TOP + HEIGHT - h, BAR, h, escape(bar.label()), escape(bar.valueText())));
            s.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"11\" fill=\"currentColor\">%s</text>",
                    cx, TOP + HEIGHT - h - 4, escape(bar.valueText())));
            s.append(String.format(Locale.ROOT,
                    "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\" font-size=\"10\" fill=\"currentColor\">%s</text>",
                    cx, TOP + HEIGHT + 14, escape(shorten(bar.label()))));
        }
        return s.append("</svg>").toString();
    }

    static String shorten(String label) {
        return label.length() <= 8 ? label : label.substring(0, 7) + "…";
    }

    static String escape(String text) {
        return text == null ? "" : text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
                .replace("\"", "&quot;").replace("'", "&#39;");
    }
}
