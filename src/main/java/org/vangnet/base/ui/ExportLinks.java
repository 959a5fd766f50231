package org.vangnet.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Supplier;
import org.vangnet.base.export.ExportFormat;
import org.vangnet.base.export.Table;
import org.vangnet.base.time.HelplineZone;

/**
 * "Export as CSV" and "Export as Excel" links. The table is built when a link is clicked, by the
 * caller's (audited) export call, never ahead of time: each download is one audited export.
 */
public class ExportLinks extends HorizontalLayout {

    public ExportLinks(Supplier<Table> table, Clock clock) {
        addClassName("vn-export-links");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (ExportFormat format : ExportFormat.values()) {
            add(link(format, table, clock));
        }
    }

    private Anchor link(ExportFormat format, Supplier<Table> table, Clock clock) {
        var locale = getLocale();
        var anchor = new Anchor(DownloadHandler.fromInputStream(event -> {
            Table content = table.get();
            byte[] bytes = format.write(content, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes),
                    format.fileName(content, LocalDate.now(clock.withZone(HelplineZone.ZONE))), format.contentType(),
                    bytes.length);
        }), getTranslation("export." + format.extension()));
        anchor.getElement().setAttribute("download", true);
        anchor.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        anchor.setId("export-" + format.extension());
        return anchor;
    }
}
