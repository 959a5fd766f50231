package org.vangnet.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.time.Clock;
import java.time.LocalDate;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.export.ExportFormat;
import org.vangnet.base.export.Table;
import org.vangnet.base.time.HelplineZone;

/**
 * "Export as CSV" and "Export as Excel". An export needs a recent second factor (decision 021), and a
 * download request cannot ask for one: so a button makes the file first, through {@code guard} (the
 * step-up guard, which asks for a code in place and then goes on with the screen's filters as they
 * are), by the caller's audited export call; then a link hands out exactly those bytes. Each file
 * made is one audited export.
 */
public class ExportLinks extends HorizontalLayout {

    private final Div download = new Div();

    /**
     * @param table the caller's export call, made when a button is clicked, never ahead of time
     * @param guard runs the making of the file, asking for a recent second factor when the service wants one
     */
    public ExportLinks(Supplier<Table> table, Clock clock, Consumer<Runnable> guard) {
        addClassName("vn-export-links");
        setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        for (ExportFormat format : ExportFormat.values()) {
            var button = new Button(getTranslation("export." + format.extension()), VaadinIcon.DOWNLOAD.create(),
                    click -> guard.accept(() -> make(format, table, clock)));
            button.setId("export-" + format.extension());
            add(button);
        }
        add(download);
    }

    private void make(ExportFormat format, Supplier<Table> table, Clock clock) {
        Table content;
        try {
            content = table.get();
        } catch (DomainException refused) {
            FormErrors.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
            return;
        }
        byte[] bytes = format.write(content, getLocale());
        String fileName = format.fileName(content, LocalDate.now(clock.withZone(HelplineZone.ZONE)));
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(bytes), fileName, format.contentType(), bytes.length)),
                getTranslation("export.download", fileName));
        link.getElement().setAttribute("download", true);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.setId("export-download");
        download.removeAll();
        download.add(link);
    }
}
