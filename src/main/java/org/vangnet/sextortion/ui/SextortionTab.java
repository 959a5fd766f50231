package org.vangnet.sextortion.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.sextortion.ContactLogService;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.MoneyRecoveryService;
import org.vangnet.sextortion.SextortionQueries;

/**
 * The case file's "Sextortion" tab, after the case module's own tabs. What it shows changes only
 * through it: it does not redraw (and lose what is typed) on others' changes.
 */
@Configuration(proxyBeanMethods = false)
class SextortionTab {

    @Bean
    CaseTabProvider sextortionCaseTab(SextortionQueries queries, ExtorterService extorters, ContactLogService contacts,
                                      MoneyRecoveryService recoveries, Clock clock) {
        var services = new SextortionServices(queries, extorters, contacts, recoveries, clock);
        return CaseTabProvider.of("sextortion.tab", 20,
                openCase -> new SextortionPanel(openCase.details(), services, openCase::changed));
    }
}
