package org.vangnet.conversations.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.html.Anchor;
import org.junit.jupiter.api.Test;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The contacts report offers the funders' file next to the figures, like the other reports. */
class ContactsReportViewTest extends BrowserlessViewTest {

    @Test
    void aSupervisorSeesTheFiguresWithCsvAndExcelLinks() {
        signInAs("sofie");
        navigate(ContactsReportView.class);
        assertThat(find(Anchor.class).withId("export-csv").single().getText()).isNotBlank();
        assertThat(find(Anchor.class).withId("export-xlsx").single().isVisible()).isTrue();
    }
}
