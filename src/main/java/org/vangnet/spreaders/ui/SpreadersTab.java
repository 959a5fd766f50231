package org.vangnet.spreaders.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.spreaders.SpreaderService;

/** The case file's "Spreaders" tab, on every kind of case: who passed the images on, and whether they deleted them. */
@Configuration(proxyBeanMethods = false)
class SpreadersTab {

    @Bean
    CaseTabProvider spreadersCaseTab(SpreaderService spreaders, Clock clock) {
        return CaseTabProvider.of("spreader.tab", 25,
                openCase -> new SpreadersPanel(openCase.details(), spreaders, clock, openCase::changed));
    }
}
