package org.vangnet.conversations.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.conversations.ConversationService;

/** The case file's "Conversations" tab, right after referrals: two clicks from the header to log a contact. */
@org.springframework.stereotype.Component
class ConversationsTab implements CaseTabProvider {

    private final ConversationService conversations;
    private final Clock clock;

    ConversationsTab(ConversationService conversations, Clock clock) {
        this.conversations = conversations;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "conversation.tab";
    }

    @Override
    public int order() {
        return 0;
    }

    @Override
    public Component create(OpenCase openCase) {
        return new ConversationsPanel(openCase.details(), conversations, clock, openCase::changed);
    }
}
