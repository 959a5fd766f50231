package org.vangnet.takedowns.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.takedowns.DsaNotice;
import org.vangnet.takedowns.DsaNotices;

/** The DSA Article 16 notice of a request, in the language the platform wants: copy it or download it. */
class NoticeDialog extends Dialog {

    private final DsaNotices notices;
    private final Long requestId;
    private final TextArea text = new TextArea();
    private final Anchor download = new Anchor();
    private DsaNotice notice;

    NoticeDialog(DsaNotices notices, Long requestId, String preferredLanguage) {
        this.notices = notices;
        this.requestId = requestId;
        setHeaderTitle(getTranslation("notice.dialog.title"));
        setWidth("48rem");
        var language = new Select<Locale>();
        language.setLabel(getTranslation("notice.dialog.language"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> getTranslation("language." + l.getLanguage()));
        language.setValue(TranslationProvider.supported(
                preferredLanguage == null ? getLocale() : Locale.forLanguageTag(preferredLanguage)));
        language.addValueChangeListener(e -> compose(e.getValue()));
        text.setReadOnly(true);
        text.setWidthFull();
        text.setHeight("24rem");
        text.setLabel(getTranslation("notice.dialog.text"));
        var copy = new Button(getTranslation("notice.dialog.copy"), click -> {
            getUI().ifPresent(ui -> ui.getPage().executeJs("navigator.clipboard.writeText($0)", notice.text()));
            FormErrors.notifySuccess(getTranslation("notice.dialog.copied"));
        });
        copy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        download.setText(getTranslation("notice.dialog.download"));
        download.setDownload(true);
        download.setHref(DownloadHandler.fromInputStream(event -> {
            byte[] bytes = notice.text().getBytes(StandardCharsets.UTF_8);
            return new DownloadResponse(new ByteArrayInputStream(bytes), notice.fileName(), "text/plain;charset=UTF-8",
                    bytes.length);
        }));
        add(language, text);
        getFooter().add(download, new Button(getTranslation("action.close"), click -> close()), copy);
        compose(language.getValue());
    }

    private void compose(Locale locale) {
        notice = notices.compose(requestId, locale);
        text.setValue(notice.text());
    }
}
