package org.vangnet.advice.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.advice.AdviceService;

/** The case file's "Advice" tab: the leaflets' steps for this case, what the client did, texts to copy. */
@Configuration(proxyBeanMethods = false)
class AdviceTab {

    @Bean
    CaseTabProvider adviceCaseTab(AdviceService advice, Clock clock) {
        return CaseTabProvider.of("advice.tab", 2,
                openCase -> new AdvicePanel(openCase.details(), advice, clock, openCase::changed));
    }
}
