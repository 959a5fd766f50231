package org.vangnet.directory.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.ReferralService;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.directory.ReferralDirectory;

/**
 * The case file's referral tab: partners picked from the directory, what to tell the client, each
 * referral's history. Right after the case module's own tabs, where the referrals always were.
 */
@Configuration(proxyBeanMethods = false)
class ReferralsTab {

    @Bean
    CaseTabProvider referralsCaseTab(ReferralService referrals, ReferralDirectory directory, Clock clock) {
        return CaseTabProvider.of("case.tab.referrals", 1,
                openCase -> new ReferralsPanel(openCase.details(), referrals, directory, clock, openCase::changed));
    }
}
