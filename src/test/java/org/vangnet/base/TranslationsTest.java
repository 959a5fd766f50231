package org.vangnet.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditOutcome;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.security.Role;

/**
 * Vangnet speaks Dutch, French and English: the bundles must hold the same keys, every key the
 * code asks for must exist, and the screens must not carry text that bypasses translation.
 */
class TranslationsTest {

    private static final Path MAIN_SOURCES = Path.of("src/main/java");
    private static final Pattern KEY_IN_CODE = Pattern.compile(
            "(?:getTranslation|messageKey|titleKey|labelKey|show)\\(\\s*\"([a-z][a-z0-9-]*(?:\\.[a-zA-Z0-9_-]+)+)\""
                    + "|title = \"([a-z][a-z0-9-]*(?:\\.[a-z0-9-]+)+)\""
                    + "|\"((?:validation|error|menu|home|users|user|teams|team|audit|login|setup|account|action)"
                    + "\\.[a-z0-9.-]+[a-z0-9])\"");
    private static final Pattern STRING_LITERAL = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

    private final TranslationProvider translations = new TranslationProvider();

    @ParameterizedTest
    @ValueSource(strings = {"fr", "en"})
    void everyBundleHasExactlyTheKeysOfTheDutchBaseBundle(String language) throws IOException {
        Set<String> dutch = keys("i18n/messages.properties");
        Set<String> other = keys("i18n/messages_" + language + ".properties");
        assertThat(other).as("keys missing in %s", language).containsAll(dutch);
        assertThat(dutch).as("keys only in %s", language).containsAll(other);
    }

    @Test
    void everyKeyTheCodeAsksForExists() throws IOException {
        Set<String> known = keys("i18n/messages.properties");
        Set<String> used = new TreeSet<>();
        for (Path file : javaSources()) {
            Matcher matcher = KEY_IN_CODE.matcher(Files.readString(file));
            while (matcher.find()) {
                for (int group = 1; group <= matcher.groupCount(); group++) {
                    if (matcher.group(group) != null) {
                        used.add(matcher.group(group));
                    }
                }
            }
        }
        assertThat(used).as("translation keys used in code").hasSizeGreaterThan(50);
        assertThat(known).containsAll(used);
    }

    @Test
    void everyRoleActionAndOutcomeHasALabelInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        Stream.of(Role.values()).map(Role::translationKey).forEach(keys::add);
        Stream.of(AuditAction.values()).map(a -> "audit.action." + a.name()).forEach(keys::add);
        Stream.of(AuditOutcome.values()).map(o -> "audit.outcome." + o.name()).forEach(keys::add);
        TranslationProvider.LOCALES.forEach(l -> keys.add("language." + l.getLanguage()));
        for (Locale locale : TranslationProvider.LOCALES) {
            for (String key : keys) {
                assertThat(translations.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!");
            }
        }
    }

    @Test
    void theLanguagesReallyDiffer() {
        assertThat(translations.getTranslation("login.title", TranslationProvider.DUTCH)).isEqualTo("Aanmelden");
        assertThat(translations.getTranslation("login.title", TranslationProvider.FRENCH)).isEqualTo("Connexion");
        assertThat(translations.getTranslation("login.title", Locale.ENGLISH)).isEqualTo("Sign in");
        assertThat(translations.getTranslation("home.greeting", Locale.FRENCH, "Lotte")).isEqualTo("Bienvenue, Lotte");
    }

    @Test
    void anUnsupportedLanguageFallsBackToDutchNotToTheServersLanguage() {
        assertThat(translations.getTranslation("login.title", Locale.GERMAN)).isEqualTo("Aanmelden");
        assertThat(TranslationProvider.supported(Locale.forLanguageTag("fr-FR"))).isEqualTo(TranslationProvider.FRENCH);
    }

    @Test
    void noBundleUsesAPlainApostropheThatMessageFormatWouldSwallow() throws IOException {
        for (String bundle : List.of("messages", "messages_fr", "messages_en")) {
            Properties properties = load("i18n/" + bundle + ".properties");
            properties.forEach((key, value) -> assertThat((String) value)
                    .as("%s in %s: use ’ instead of '", key, bundle).doesNotContain("'"));
        }
    }

    /**
     * Screens get their text from the bundles. A string literal in a view that looks like words
     * for people (a capital, a sentence, punctuation) and is not a key is a forgotten translation.
     */
    @Test
    void viewsContainNoUntranslatedText() throws IOException {
        Set<String> known = keys("i18n/messages.properties");
        List<String> offenders = new ArrayList<>();
        for (Path file : javaSources()) {
            if (!file.toString().contains("/ui/")) {
                continue;
            }
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).strip();
                // A programming error (a form bound to a name its record lacks) is for developers, not users.
                if (line.startsWith("*") || line.startsWith("//") || line.startsWith("/*")
                        || line.contains("log.") || line.startsWith("import ") || line.startsWith("throw new Illegal")) {
                    continue;
                }
                Matcher literal = STRING_LITERAL.matcher(line);
                while (literal.find()) {
                    String text = literal.group(1);
                    if (!known.contains(text) && looksLikeHumanText(text)) {
                        offenders.add(file.getFileName() + ":" + (i + 1) + " \"" + text + "\"");
                    }
                }
            }
        }
        assertThat(offenders).as("untranslated text in views").isEmpty();
    }

    @Test
    void theHumanTextDetectorCatchesWhatItShould() {
        assertThat(looksLikeHumanText("Save")).isTrue();
        assertThat(looksLikeHumanText("new user")).isFalse();
        assertThat(looksLikeHumanText("Nieuwe gebruiker aanmaken")).isTrue();
        assertThat(looksLikeHumanText("klik hier om verder te gaan")).isTrue();
        assertThat(looksLikeHumanText("Opgeslagen!")).isTrue();
        assertThat(looksLikeHumanText("vn-card")).isFalse();
        assertThat(looksLikeHumanText("36rem")).isFalse();
        assertThat(looksLikeHumanText("error primary")).isFalse();
        assertThat(looksLikeHumanText("vaadin:users")).isFalse();
        assertThat(looksLikeHumanText(" · ")).isFalse();
        assertThat(looksLikeHumanText("Europe/Brussels")).isFalse();
        assertThat(looksLikeHumanText("Sla op.")).isTrue();
    }

    static boolean looksLikeHumanText(String text) {
        String stripped = text.strip();
        if (stripped.isEmpty() || !stripped.matches("(?s).*\\p{L}{2,}.*")) {
            return false;
        }
        if (stripped.matches("[\\p{Alnum}]+[/:_.][\\p{Alnum}/:_.-]+")) {
            return false; // an identifier such as Europe/Brussels or vaadin:users, not words
        }
        boolean capitalised = Character.isUpperCase(stripped.codePointAt(0));
        boolean sentence = stripped.split("\\s+").length >= 3;
        boolean punctuated = stripped.matches("(?s).*[.!?…]$") && stripped.contains(" ") || stripped.endsWith("!");
        boolean nonAscii = !stripped.matches("\\p{ASCII}*") && !stripped.matches("[\\s·–—]*");
        return capitalised || sentence || punctuated || nonAscii;
    }

    private static List<Path> javaSources() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
            return files.filter(f -> f.toString().endsWith(".java")).toList();
        }
    }

    private static Set<String> keys(String resource) throws IOException {
        return new TreeSet<>(load(resource).stringPropertyNames());
    }

    private static Properties load(String resource) throws IOException {
        var properties = new Properties();
        try (InputStream in = TranslationsTest.class.getClassLoader().getResourceAsStream(resource)) {
            assertThat(in).as(resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}
