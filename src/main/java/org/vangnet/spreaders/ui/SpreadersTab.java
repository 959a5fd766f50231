package org.vangnet.spreaders.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.spreaders.SpreaderService;

/** The case file's "Spreaders" tab, on every kind of case: who passed the images on, and whether they deleted them. */
@org.springframework.stereotype.Component
class SpreadersTab implements CaseTabProvider {

    private final SpreaderService spreaders;
    private final Clock clock;

    SpreadersTab(SpreaderService spreaders, Clock clock) {
        this.spreaders = spreaders;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "spreader.tab";
    }

    @Override
    public int order() {
        return 25;
    }

    @Override
    public Component create(OpenCase openCase) {
        return new SpreadersPanel(openCase.details(), spreaders, clock, openCase::changed);
    }
}
