package org.vangnet.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The administrator checks the audit chain from its page and gets its head to keep. */
class AuditChainViewTest extends BrowserlessViewTest {

    @Test
    void theAdministratorChecksTheChainAndSeesItIntactWithItsHead() {
        signInAs("admin");
        navigate(AuditChainView.class);

        test(find(Button.class).withText("Nu controleren").single()).click();

        assertThat(find(Paragraph.class).withId("audit-chain-status").single().getText())
                .startsWith("De keten is intact:").contains("door admin");
        assertThat(find(Paragraph.class).withId("audit-chain-head").single().getText())
                .matches("Kop van de keten: positie \\d+, hash [0-9a-f]{64}");
        assertThat(find(Anchor.class).withText("Kop downloaden").single().isVisible()).isTrue();
    }
}
