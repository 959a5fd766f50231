package org.vangnet.takedowns.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.takedowns.DsaNotices;
import org.vangnet.takedowns.HashSubmissions;
import org.vangnet.takedowns.PlatformCatalogue;
import org.vangnet.takedowns.TakedownService;

/** Adds the "Takedowns" tab to every case file; it catches up after changes made elsewhere on the case. */
@Configuration(proxyBeanMethods = false)
class TakedownsTab {

    @Bean
    CaseTabProvider takedownsCaseTab(TakedownService takedowns, PlatformCatalogue catalogue, DsaNotices notices,
                                     HashSubmissions hashes, Clock clock, StepUpGuard stepUp) {
        return CaseTabProvider.of("takedown.tab", 70, openCase -> {
            var panel = new TakedownsPanel(openCase.id(), openCase.details().minorInvolved(), takedowns, catalogue,
                    notices, hashes, clock, stepUp, openCase::changed);
            openCase.onChange(now -> panel.refresh());
            return panel;
        });
    }
}
