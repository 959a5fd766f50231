package org.vangnet.dossier.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.base.ui.FormErrors;
import org.vangnet.dossier.DossierFile;
import org.vangnet.dossier.PoliceDossier;
import org.vangnet.security.ui.StepUpGuard;

/**
 * Makes the dossier on a click (the service checks permission, access, consent and a recent second
 * factor, asked for in place), then offers the file made: the link serves those bytes and nothing
 * else, so what is downloaded is exactly what was audited as exported.
 */
class PoliceDossierPanel extends VerticalLayout {

    private final Long caseId;
    private final PoliceDossier dossier;
    private final StepUpGuard stepUp;
    private final Select<Locale> language = new Select<>();
    private final Div download = new Div();

    PoliceDossierPanel(Long caseId, PoliceDossier dossier, StepUpGuard stepUp) {
        this.caseId = caseId;
        this.dossier = dossier;
        this.stepUp = stepUp;
        setPadding(false);
        addClassName("vn-dossier");
        var consent = new Paragraph(getTranslation("dossier.consent-needed"));
        consent.addClassName("vn-muted");
        language.setLabel(getTranslation("dossier.language"));
        language.setItems(TranslationProvider.LOCALES);
        language.setItemLabelGenerator(l -> l.getDisplayLanguage(l));
        language.setValue(dossier.defaultLanguage(caseId, getLocale()));
        var generate = new Button(getTranslation("dossier.generate"), VaadinIcon.FILE_TEXT_O.create(), e -> make());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new Paragraph(getTranslation("dossier.intro")), consent, language, generate, download);
    }

    private void make() {
        stepUp.run(() -> {
            try {
                show(dossier.generate(caseId, language.getValue()));
            } catch (DomainException refused) {
                FormErrors.notifyError(getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
    }

    private void show(DossierFile file) {
        byte[] content = file.content();
        var link = new Anchor(DownloadHandler.fromInputStream(event -> new DownloadResponse(
                new ByteArrayInputStream(content), file.fileName(), "application/pdf", content.length)),
                getTranslation("dossier.download", file.fileName()));
        link.getElement().setAttribute("download", true);
        link.addComponentAsFirst(VaadinIcon.DOWNLOAD.create());
        link.setId("dossier-download");
        download.removeAll();
        download.add(new Paragraph(getTranslation("dossier.made")), link);
    }
}
