package org.vangnet.followups.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.CaseStatus;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.followups.FollowUpService;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.UserDirectory;

/** Adds the "Follow-ups" tab to every case file; a closed case takes no new follow-up. */
@Configuration(proxyBeanMethods = false)
class FollowUpsTab {

    @Bean
    CaseTabProvider followUpsCaseTab(FollowUpService followUps, UserDirectory directory, CurrentUser currentUser,
                                     Clock clock) {
        return CaseTabProvider.of("followup.tab", 60, openCase -> {
            var panel = new FollowUpsPanel(openCase.id(), openCase.details().teamId(), followUps, directory,
                    currentUser.require(), clock, openCase::changed);
            panel.allowScheduling(openCase.details().status() != CaseStatus.CLOSED);
            openCase.onChange(now -> {
                panel.allowScheduling(now.status() != CaseStatus.CLOSED);
                panel.refresh();
            });
            return panel;
        });
    }
}
