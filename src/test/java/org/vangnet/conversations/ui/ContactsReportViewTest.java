package org.vangnet.conversations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The contacts report offers the funders' file next to the figures, like the other reports. */
class ContactsReportViewTest extends BrowserlessViewTest {

    @Test
    void aSupervisorWithARecentFactorGetsTheFundersFileFromTheCsvButton() {
        signInAs("sofie");
        navigate(ContactsReportView.class);
        assertThat(find(Button.class).withId("export-xlsx").single().isVisible()).isTrue();
        assertThat(find(Anchor.class).withId("export-download").all()).isEmpty();

        test(find(Button.class).withId("export-csv").single()).click();

        // The file is made behind the step-up guard (decision 021) and then offered as a link.
        assertThat(find(Anchor.class).withId("export-download").single().getText()).endsWith(".csv downloaden");
    }
}
