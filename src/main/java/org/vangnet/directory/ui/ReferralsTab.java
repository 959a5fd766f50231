package org.vangnet.directory.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.vangnet.cases.ReferralService;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.directory.ReferralDirectory;

/** The case file's referral tab: partners picked from the directory, what to tell the client, each referral's history. */
@org.springframework.stereotype.Component
class ReferralsTab implements CaseTabProvider {

    private final ReferralService referrals;
    private final ReferralDirectory directory;
    private final Clock clock;

    ReferralsTab(ReferralService referrals, ReferralDirectory directory, Clock clock) {
        this.referrals = referrals;
        this.directory = directory;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "case.tab.referrals";
    }

    /** Right after the case module's own tabs, where the referrals always were. */
    @Override
    public int order() {
        return 1;
    }

    @Override
    public Component create(OpenCase openCase) {
        return new ReferralsPanel(openCase.details(), referrals, directory, clock, openCase::changed);
    }
}
