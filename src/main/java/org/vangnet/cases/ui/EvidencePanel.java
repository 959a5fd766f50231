package org.vangnet.cases.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.time.LocalDateTime;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.db.DatabaseUnavailable;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.base.ui.DomainForm;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.EvidenceKind;
import org.vangnet.cases.EvidenceService;
import org.vangnet.cases.EvidenceView;
import org.vangnet.cases.NewEvidence;

/**
 * Evidence, preserved before anything is taken down. A file can be added only to an adult's case,
 * only without nudity (the counsellor confirms), only PNG, JPEG or PDF up to 10 MB; for a minor
 * there is no upload at all.
 */
class EvidencePanel extends VerticalLayout {

    /** An item as typed, by the domain's names ({@code NewEvidence} has two constructors, the binder needs one). */
    public record Item(EvidenceKind kind, String platform, String item, String description,
                       Instant capturedAt, Boolean platformAndDateVisible) {
    }

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private CaseDetails details;
    private final Paragraph noFiles = new Paragraph();
    private final EvidenceService evidence;
    private final Runnable onChanged;
    private final Div rows = new Div();

    /**
     * The list follows every change to the case (a client found to be a minor takes the files with
     * it); the item being entered stays.
     */
    EvidencePanel(OpenCase openCase, EvidenceService evidence) {
        this.details = openCase.details();
        this.evidence = evidence;
        this.onChanged = openCase::changed;
        openCase.onChange(now -> {
            details = now;
            render();
        });
        setPadding(false);

        var advice = new Paragraph(getTranslation("evidence.intro"));
        advice.addClassName("vn-muted");
        add(advice);
        noFiles.addClassNames("vn-card", "vn-no-files");
        add(rows, new H3(getTranslation("evidence.new")), logForm());
        render();
    }

    private Component logForm() {
        var kind = new Select<EvidenceKind>();
        kind.setLabel(getTranslation("evidence.kind"));
        kind.setItems(EvidenceKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("evidence.kind." + k.name()));
        kind.setValue(EvidenceKind.URL);
        var platform = new TextField(getTranslation("evidence.platform"));
        var item = new TextField(getTranslation("evidence.item"));
        item.setHelperText(getTranslation("evidence.item.help"));
        var description = new TextArea(getTranslation("evidence.description"));
        description.setHelperText(getTranslation("evidence.description.help"));
        // The institute's guide: a screenshot with platform and date visible, taken before reporting.
        var capturedAt = new com.vaadin.flow.component.datetimepicker.DateTimePicker(
                getTranslation("evidence.captured-at"));
        capturedAt.setHelperText(getTranslation("evidence.captured-at.help"));
        var visible = new Checkbox(getTranslation("evidence.platform-date-visible"));
        var logged = new DomainForm<>(this, Item.class)
                .bind("kind", kind)
                .text("platform", platform, NewEvidence.MAX_PLATFORM)
                .text("item", item, NewEvidence.MAX_ITEM)
                .text("description", description, NewEvidence.MAX_DESCRIPTION)
                .bind("capturedAt", capturedAt,
                        at -> at == null ? null : at.atZone(HelplineZone.ZONE).toInstant(),
                        at -> at == null ? null : LocalDateTime.ofInstant(at, HelplineZone.ZONE))
                .bind("platformAndDateVisible", visible);
        var log = new Button(getTranslation("evidence.log"), click -> logged.submit(typed -> {
            evidence.log(details.id(), new NewEvidence(typed.kind(), typed.platform(), typed.item(),
                    typed.description(), typed.capturedAt(), typed.platformAndDateVisible()));
            platform.clear();
            item.clear();
            description.clear();
            capturedAt.clear();
            visible.clear();
            onChanged.run();
        }));
        log.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        var form = new FormLayout(kind, platform, item, capturedAt, visible, description, log);
        form.setColspan(description, 2);
        return form;
    }

    private void render() {
        noFiles.setText(getTranslation(details.minorInvolved() ? "evidence.no-files.minor" : "evidence.no-files.age-unknown"));
        if (details.filesAllowed()) {
            remove(noFiles);
        } else if (noFiles.getParent().isEmpty()) {
            addComponentAtIndex(1, noFiles);
        }
        rows.removeAll();
        var list = evidence.list(details.id());
        if (list.isEmpty()) {
            rows.add(new Span(getTranslation("evidence.none")));
        }
        list.forEach(e -> rows.add(row(e)));
    }

    private Component row(EvidenceView item) {
        var title = new Span(getTranslation("evidence.kind." + item.kind().name())
                + (item.platform() == null ? "" : " · " + item.platform()));
        title.addClassName("vn-consent-name");
        var meta = new Span(dateTime(item.capturedAt(), getLocale()) + " · " + item.capturedBy());
        meta.addClassName("vn-muted");
        var row = new Div(title, meta);
        if (item.platformAndDateVisible() != null) {
            var visibility = new Span(getTranslation(item.platformAndDateVisible()
                    ? "evidence.platform-date-visible.yes" : "evidence.platform-date-visible.no"));
            visibility.getElement().getThemeList().add(item.platformAndDateVisible() ? "badge success" : "badge contrast");
            row.add(visibility);
        }
        if (item.item() != null) {
            var what = new Paragraph(item.item());
            what.addClassName("vn-evidence-item");
            row.add(what);
        }
        row.add(new Paragraph(item.description()));
        if (item.fileName() != null) {
            row.add(download(item));
        } else if (details.filesAllowed()) {
            row.add(upload(item));
        }
        row.addClassNames("vn-card", "vn-evidence");
        return row;
    }

    private Component download(EvidenceView item) {
        var link = new Anchor(DownloadHandler.fromInputStream(event -> {
            var file = evidence.download(details.id(), item.id());
            return new DownloadResponse(new ByteArrayInputStream(file.content()), file.name(), file.mediaType(),
                    file.content().length);
        }), getTranslation("evidence.download", item.fileName()));
        link.setDownload(true);
        return link;
    }

    /**
     * Says next to the upload why the file was not kept, and empties the upload's list: with one
     * file allowed, a file left listed as done would disable the button and block a retry.
     */
    private static void refuse(Upload upload, Span problem, String text) {
        upload.clearFileList();
        problem.setText(text);
        problem.setVisible(true);
    }

    private Component upload(EvidenceView item) {
        var confirm = new Checkbox(getTranslation("evidence.confirm-no-nudity"));
        var problem = new Span();
        problem.addClassName("vn-field-error");
        problem.setVisible(false);
        var ui = UI.getCurrent();
        var upload = new Upload();
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            problem.setVisible(false);
            try {
                evidence.attachFile(details.id(), item.id(), metadata.fileName(), bytes, confirm.getValue());
                FormErrors.notifySuccess(getTranslation("evidence.file-attached"));
                onChanged.run();
            } catch (DomainException e) {
                refuse(upload, problem, getTranslation(e.messageKey(), e.arguments()));
            } catch (RuntimeException e) {
                if (!DatabaseUnavailable.isCause(e)) {
                    upload.clearFileList();
                    throw e;
                }
                refuse(upload, problem, getTranslation("error.database-unavailable"));
            }
        })));
        upload.setMaxFileSize(MAX_BYTES);
        upload.setAcceptedFileTypes("image/png", "image/jpeg", "application/pdf", ".png", ".jpg", ".jpeg", ".pdf");
        upload.setMaxFiles(1);
        upload.setDropAllowed(false);
        upload.setUploadButton(new Button(getTranslation("evidence.attach")));
        upload.addFileRejectedListener(e -> FormErrors.notifyError(getTranslation("evidence.file-rejected")));
        var box = new Div(confirm, upload, problem);
        box.addClassName("vn-upload");
        return box;
    }
}
