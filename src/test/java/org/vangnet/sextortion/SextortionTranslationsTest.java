package org.vangnet.sextortion;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.vangnet.base.i18n.TranslationProvider;

/** Labels built from enum names exist in every language, so no screen ever shows a raw key. */
class SextortionTranslationsTest {

    private final TranslationProvider translations = new TranslationProvider();

    @Test
    void everyKindPlatformServiceDemandAdviceMethodAndOutcomeHasALabelInEveryLanguage() {
        List<String> keys = new ArrayList<>();
        Stream.of(IdentifierKind.values()).forEach(k -> {
            keys.add("sextortion.kind." + k.name());
            keys.add("sextortion.match." + k.name());
            keys.add("sextortion.identifier.help." + k.name());
        });
        Stream.of(Platform.values()).forEach(p -> keys.add("sextortion.channel." + p.name()));
        Stream.of(TransferService.values()).forEach(s -> keys.add("sextortion.service." + s.name()));
        Stream.of(Demand.values()).forEach(d -> keys.add("sextortion.demand." + d.name()));
        Stream.of(Advice.values()).forEach(a -> keys.add("sextortion.advice." + a.name()));
        Stream.of(PaymentMethod.values()).forEach(m -> keys.add("sextortion.payment-method." + m.name()));
        Stream.of(RecoveryOutcome.values()).forEach(o -> keys.add("sextortion.recovery.outcome." + o.name()));
        for (Locale locale : TranslationProvider.LOCALES) {
            for (String key : keys) {
                assertThat(translations.getTranslation(key, locale)).as(key + " in " + locale).doesNotStartWith("!");
            }
        }
    }

    @Test
    void everyCombinationOfDemandsReadsAsASentenceOnTheTimelineInEveryLanguage() {
        for (int mask = 0; mask < 16; mask++) {
            Set<Demand> demands = EnumSet.noneOf(Demand.class);
            for (Demand d : Demand.values()) {
                if ((mask & (1 << d.ordinal())) != 0) {
                    demands.add(d);
                }
            }
            String argument = SextortionEvents.demandsArgument(demands);
            assertThat(argument).startsWith("t:");
            for (Locale locale : TranslationProvider.LOCALES) {
                assertThat(translations.getTranslation(argument.substring(2), locale)).as(argument + " in " + locale)
                        .doesNotStartWith("!");
            }
        }
        assertThat(translations.getTranslation("sextortion.demands.MONEY-MORE_IMAGES", TranslationProvider.DUTCH))
                .isEqualTo("geld en meer beelden");
    }

    @Test
    void theMatchMessageCountsInEachLanguage() {
        assertThat(translations.getTranslation("sextortion.match.PHONE", TranslationProvider.DUTCH, 1))
                .isEqualTo("Dit telefoonnummer komt voor in 1 ander dossier.");
        assertThat(translations.getTranslation("sextortion.match.PHONE", TranslationProvider.DUTCH, 3))
                .isEqualTo("Dit telefoonnummer komt voor in 3 andere dossiers.");
        assertThat(translations.getTranslation("sextortion.match.PHONE", TranslationProvider.FRENCH, 2))
                .isEqualTo("Ce numéro de téléphone apparaît dans 2 autres dossiers.");
        assertThat(translations.getTranslation("sextortion.match.PHONE", TranslationProvider.ENGLISH, 1))
                .isEqualTo("This phone number appears in 1 other case.");
    }
}
