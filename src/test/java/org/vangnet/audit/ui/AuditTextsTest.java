package org.vangnet.audit.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import org.junit.jupiter.api.Test;
import org.vangnet.testsupport.BrowserlessViewTest;

/** The report reads of the audit trail in words (#16 point 12): periods, My work tabs, a role. */
class AuditTextsTest extends BrowserlessViewTest {

    @Test
    void aReportReadShowsItsPeriodTabAndRoleInWordsAndAnUnknownCodeAsWritten() {
        signInAs("admin");
        var host = new Div();
        UI.getCurrent().add(host);

        assertThat(AuditTexts.detail(host, "CONTACT_REPORT", "MONTH:2026-01-01..2026-12-06,lines:4"))
                .isEqualTo("Per maand: 01/01/2026 – 06/12/2026 · Regels: 4");
        assertThat(AuditTexts.detail(host, "FOLLOW_UP", "my-work:THIS_WEEK")).isEqualTo("Mijn werk: deze week");
        assertThat(AuditTexts.object(host, "CONTACT_REPORT", "COUNSELLOR"))
                .isEqualTo("Contactenrapport (Vertrouwenspersoon)");
        assertThat(AuditTexts.object(host, "CONTACT_REPORT", "8")).isEqualTo("Contactenrapport #8");
        assertThat(AuditTexts.detail(host, "CASE", "nieuw-code:X")).isEqualTo("nieuw-code: X");
    }
}
