package org.vangnet.sextortion.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.sextortion.ContactLogService;
import org.vangnet.sextortion.ExtorterService;
import org.vangnet.sextortion.MoneyRecoveryService;
import org.vangnet.sextortion.SextortionQueries;

/** Adds the "Sextortion" tab to the case file, after the case module's own tabs. */
@org.springframework.stereotype.Component
class SextortionTab implements CaseTabProvider {

    private final SextortionServices services;

    SextortionTab(SextortionQueries queries, ExtorterService extorters, ContactLogService contacts,
                  MoneyRecoveryService recoveries, Clock clock) {
        this.services = new SextortionServices(queries, extorters, contacts, recoveries, clock);
    }

    @Override
    public String titleKey() {
        return "sextortion.tab";
    }

    @Override
    public int order() {
        return 20;
    }

    @Override
    public Component create(OpenCase openCase) {
        // What this tab shows changes only through it: it does not redraw (and lose what is typed) on others' changes.
        return new SextortionPanel(openCase.details(), services, openCase::changed);
    }
}
