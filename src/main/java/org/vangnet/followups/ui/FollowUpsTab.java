package org.vangnet.followups.ui;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.followups.FollowUpService;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.UserDirectory;

/** Adds the "Follow-ups" tab to every case file. */
@Component
class FollowUpsTab implements CaseTabProvider {

    private final FollowUpService followUps;
    private final UserDirectory directory;
    private final CurrentUser currentUser;
    private final Clock clock;

    FollowUpsTab(FollowUpService followUps, UserDirectory directory, CurrentUser currentUser, Clock clock) {
        this.followUps = followUps;
        this.directory = directory;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "followup.tab";
    }

    @Override
    public int order() {
        return 60;
    }

    @Override
    public com.vaadin.flow.component.Component create(OpenCase openCase) {
        var panel = new FollowUpsPanel(openCase.id(), openCase.details().teamId(), followUps, directory,
                currentUser.require(), clock, openCase::changed);
        panel.allowScheduling(openCase.details().status() != org.vangnet.cases.CaseStatus.CLOSED);
        openCase.onChange(now -> {
            panel.allowScheduling(now.status() != org.vangnet.cases.CaseStatus.CLOSED);
            panel.refresh();
        });
        return panel;
    }
}
