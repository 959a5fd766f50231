package org.vangnet.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.dependency.JavaScript;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.dom.Element;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;

/**
 * A chart drawn in the browser by Chart.js (served from its WebJar, so no Node.js and no frontend
 * bundle is needed) through {@code scripts/vangnet-charts.js}. The server sends the labels and the
 * series as JSON; the canvas is labelled for screen readers, and each view that shows a chart also
 * shows its figures as a table. Colours are the Okabe–Ito palette, told apart by colour-blind readers.
 */
@JavaScript("context://webjars/chart.js/" + Chart.CHART_JS_VERSION + "/dist/chart.umd.min.js")
@JavaScript("context://scripts/vangnet-charts.js")
public class Chart extends Div {

    /** The version of {@code org.webjars.npm:chart.js} in the pom (a test checks that it is on the classpath). */
    public static final String CHART_JS_VERSION = "4.5.1";

    static final List<String> PALETTE = List.of("#0072B2", "#E69F00", "#009E73", "#CC79A7", "#56B4E9", "#D55E00",
            "#F0E442", "#000000");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** How a series is drawn. */
    public enum Kind { BAR, LINE }

    /**
     * One series: its name, one value per label ({@code null} for none), bar or line, and whether
     * the values are shares (0–1, drawn on a percentage axis on the right).
     */
    public record Series(String label, List<? extends Number> values, Kind kind, boolean share) {

        public static Series bars(String label, List<? extends Number> values) {
            return new Series(label, values, Kind.BAR, false);
        }

        public static Series line(String label, List<? extends Number> values) {
            return new Series(label, values, Kind.LINE, false);
        }

        public static Series shareLine(String label, List<? extends Number> values) {
            return new Series(label, values, Kind.LINE, true);
        }
    }

    private final String title;
    private final List<String> labels;
    private final List<Series> series;
    private final boolean stacked;

    /** {@code stacked}: the bars of all series are stacked per label (parts of one whole). */
    public Chart(String title, List<String> labels, List<Series> series, boolean stacked) {
        this.title = Objects.requireNonNull(title);
        this.labels = List.copyOf(labels);
        this.series = List.copyOf(series);
        this.stacked = stacked;
        series.forEach(s -> {
            if (s.values().size() != labels.size()) {
                throw new IllegalArgumentException("values:" + s.values().size() + ",labels:" + labels.size());
            }
        });
        addClassName("vn-chart-card");
        var heading = new H4(title);
        var canvasBox = new Div();
        canvasBox.addClassName("vn-chart-canvas");
        Element canvas = new Element("canvas");
        canvas.setAttribute("role", "img");
        canvas.setAttribute("aria-label", title);
        canvasBox.getElement().appendChild(canvas);
        add(heading, canvasBox);
        getElement().setAttribute("data-chart", spec());
    }

    @Override
    protected void onAttach(AttachEvent event) {
        super.onAttach(event);
        getElement().executeJs("window.Vangnet.chart(this, JSON.parse(this.dataset.chart))");
    }

    public String title() {
        return title;
    }

    public List<String> labels() {
        return labels;
    }

    public List<Series> series() {
        return series;
    }

    /** What the browser receives: plain JSON, no functions, the user's locale for number formats. */
    String spec() {
        List<Map<String, Object>> sets = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Series s = series.get(i);
            Map<String, Object> set = new LinkedHashMap<>();
            set.put("label", s.label());
            set.put("values", s.values());
            set.put("kind", s.kind().name().toLowerCase(java.util.Locale.ROOT));
            set.put("share", s.share());
            set.put("color", PALETTE.get(i % PALETTE.size()));
            sets.add(set);
        }
        Map<String, Object> spec = new LinkedHashMap<>();
        spec.put("title", title);
        spec.put("locale", getLocale() == null ? "nl-BE" : getLocale().toLanguageTag());
        spec.put("labels", labels);
        spec.put("stacked", stacked);
        spec.put("series", sets);
        return JSON.writeValueAsString(spec);
    }
}
