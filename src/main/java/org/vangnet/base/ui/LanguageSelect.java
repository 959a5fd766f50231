package org.vangnet.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.server.VaadinSession;
import java.util.Locale;
import java.util.function.Consumer;
import org.vangnet.base.i18n.TranslationProvider;

/**
 * Switches Vaadin's language for the whole session and reloads, so every text on the page is
 * rendered again in the chosen language; what was typed in the view comes back ({@link FormDraft}).
 * Each language is named in itself.
 */
public class LanguageSelect extends Select<Locale> {

    public LanguageSelect(Consumer<Locale> onChosen) {
        setLabel(getTranslation("language.label"));
        setItems(TranslationProvider.LOCALES);
        setItemLabelGenerator(locale -> getTranslation("language." + locale.getLanguage()));
        setValue(TranslationProvider.supported(UI.getCurrent() == null ? null : UI.getCurrent().getLocale()));
        addClassName("vn-language");
        addValueChangeListener(event -> {
            if (!event.isFromClient() || event.getValue() == null) {
                return;
            }
            VaadinSession.getCurrent().setLocale(event.getValue());
            UI.getCurrent().setLocale(event.getValue());
            VaadinSession.getCurrent().setAttribute(LocaleInitializer.CHOSEN, Boolean.TRUE);
            onChosen.accept(event.getValue());
            FormDraft.keepAndReload(UI.getCurrent());
        });
    }
}
