package org.vangnet.base.i18n;

import com.vaadin.flow.i18n.I18NProvider;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Vangnet speaks Dutch (Belgian, the default), French and English. Texts live in
 * {@code i18n/messages*.properties}; a test keeps the three bundles' keys identical.
 *
 * <p>Lookups never fall back to the JVM's default locale: a French user gets French or the Dutch
 * base bundle, never whatever language the server happens to run in.
 */
@Component
public class TranslationProvider implements I18NProvider {

    public static final Locale DUTCH = Locale.forLanguageTag("nl-BE");
    public static final Locale FRENCH = Locale.forLanguageTag("fr-BE");
    public static final Locale ENGLISH = Locale.forLanguageTag("en-GB");
    public static final List<Locale> LOCALES = List.of(DUTCH, FRENCH, ENGLISH);
    static final String BUNDLE = "i18n.messages";

    private static final Logger log = LoggerFactory.getLogger(TranslationProvider.class);
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        if (key == null) {
            return "";
        }
        Locale effective = supported(locale);
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, effective).format(params);
        } catch (MissingResourceException e) {
            log.warn("Missing translation for key '{}' in {}", key, effective);
            return "!" + key;
        }
    }

    /**
     * Whether a key has a text, without the warning a missing one logs: for screens that try a
     * translation and show the code as written otherwise (the audit trail's codes).
     */
    public static boolean has(String key, Locale locale) {
        return key != null && ResourceBundle.getBundle(BUNDLE, supported(locale), NO_FALLBACK).containsKey(key);
    }

    /** Maps any requested locale onto one Vangnet speaks, by language; Dutch otherwise. */
    public static Locale supported(Locale requested) {
        if (requested == null) {
            return DUTCH;
        }
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(DUTCH);
    }
}
