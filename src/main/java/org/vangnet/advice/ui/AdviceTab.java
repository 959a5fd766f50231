package org.vangnet.advice.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.vangnet.advice.AdviceService;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.ui.CaseTabProvider;

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
    public Component create(CaseDetails details, Runnable onChanged) {
        return new AdvicePanel(details, advice, clock, onChanged);
    }
}
