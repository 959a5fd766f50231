package org.vangnet.conversations.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.conversations.ConversationService;

/** The case file's "Conversations" tab, right after referrals: two clicks from the header to log a contact. */
@Configuration(proxyBeanMethods = false)
class ConversationsTab {

    @Bean
    CaseTabProvider conversationsCaseTab(ConversationService conversations, Clock clock) {
        return CaseTabProvider.of("conversation.tab", 0,
                openCase -> new ConversationsPanel(openCase.details(), conversations, clock, openCase::changed));
    }
}
