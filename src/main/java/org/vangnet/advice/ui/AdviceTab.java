package org.vangnet.advice.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.vangnet.advice.AdviceService;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.cases.ui.OpenCase;

/** The case file's "Advice" tab: the leaflets' steps for this case, what the client did, texts to copy. */
@org.springframework.stereotype.Component
class AdviceTab implements CaseTabProvider {

    private final AdviceService advice;
    private final Clock clock;

    AdviceTab(AdviceService advice, Clock clock) {
        this.advice = advice;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "advice.tab";
    }

    @Override
    public int order() {
        return 2;
    }

    @Override
    public Component create(OpenCase openCase) {
        return new AdvicePanel(openCase.details(), advice, clock, openCase::changed);
    }
}
