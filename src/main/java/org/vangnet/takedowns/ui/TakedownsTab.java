package org.vangnet.takedowns.ui;

import java.time.Clock;
import org.springframework.stereotype.Component;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.security.ui.StepUpGuard;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.takedowns.DsaNotices;
import org.vangnet.takedowns.HashSubmissions;
import org.vangnet.takedowns.PlatformCatalogue;
import org.vangnet.takedowns.TakedownService;

/** Adds the "Takedowns" tab to every case file. */
@Component
class TakedownsTab implements CaseTabProvider {

    private final TakedownService takedowns;
    private final PlatformCatalogue catalogue;
    private final DsaNotices notices;
    private final HashSubmissions hashes;
    private final Clock clock;
    private final StepUpGuard stepUp;

    TakedownsTab(TakedownService takedowns, PlatformCatalogue catalogue, DsaNotices notices, HashSubmissions hashes,
                 Clock clock, StepUpGuard stepUp) {
        this.stepUp = stepUp;
        this.takedowns = takedowns;
        this.catalogue = catalogue;
        this.notices = notices;
        this.hashes = hashes;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "takedown.tab";
    }

    @Override
    public int order() {
        return 70;
    }

    @Override
    public com.vaadin.flow.component.Component create(OpenCase openCase) {
        var panel = new TakedownsPanel(openCase.id(), openCase.details().minorInvolved(), takedowns, catalogue, notices,
                hashes, clock, stepUp, openCase::changed);
        openCase.onChange(now -> panel.refresh());
        return panel;
    }
}
