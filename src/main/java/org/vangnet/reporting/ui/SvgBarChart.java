package org.vangnet.reporting.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeDetails;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import org.vangnet.reporting.SvgBars;
import org.vangnet.reporting.SvgBars.Bar;

/**
 * A titled bar chart drawn as SVG on the server, with the same figures as a table underneath for
 * screen readers and for whoever prefers numbers.
 */
class SvgBarChart extends Div {

    SvgBarChart(String title, String dataLabel, List<Bar> bars) {
        addClassName("vn-chart-card");
        // Parsed by the browser as HTML, so the svg and its children get the SVG namespace.
        var chart = new Html("<div class=\"vn-chart-box\">" + SvgBars.svg(title, bars) + "</div>");
        var body = new NativeTableBody();
        bars.forEach(b -> body.add(new NativeTableRow(new NativeTableHeaderCell(b.label()),
                new NativeTableCell(b.valueText()))));
        var table = new NativeTable(body);
        add(new H4(title), chart, new NativeDetails(dataLabel, table));
    }
}
