package org.vangnet.audit.ui;

import static org.vangnet.base.ui.Formats.dateTime;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import org.vangnet.audit.AuditChainService;
import org.vangnet.audit.ChainReport;
import org.vangnet.security.Roles;

/**
 * Administrators see whether the audit trail's hash chain is intact, check it now, and download its
 * head for safe keeping (decision 030).
 */
@Route("admin/audit-chain")
@RolesAllowed(Roles.ADMIN)
@Menu(title = "menu.admin.audit-chain", order = 83, icon = "vaadin:link")
class AuditChainView extends VerticalLayout implements HasDynamicTitle {

    private final AuditChainService chain;
    private final Paragraph status = new Paragraph();
    private final Paragraph head = new Paragraph();
    private final Anchor download = new Anchor();

    AuditChainView(AuditChainService chain) {
        this.chain = chain;
        var check = new Button(getTranslation("auditchain.check"), e -> show(chain.checkNow()));
        check.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        status.setId("audit-chain-status");
        head.setId("audit-chain-head");
        download.setText(getTranslation("auditchain.download"));
        add(new H2(getTranslation("menu.admin.audit-chain")), new Paragraph(getTranslation("auditchain.intro")),
                status, head, new HorizontalLayout(check, download));
        chain.latest().ifPresentOrElse(this::show, () -> {
            status.setText(getTranslation("auditchain.never"));
            download.setVisible(false);
        });
    }

    private void show(ChainReport report) {
        String when = dateTime(report.checkedAt(), getLocale());
        status.setText(report.intact()
                ? getTranslation("auditchain.intact", report.rowsChecked(), when, report.checkedBy())
                : getTranslation("auditchain.broken", when, report.checkedBy(), String.valueOf(report.problemSeq()),
                        String.valueOf(report.problemEventId()), getTranslation("auditchain.problem." + report.problem())));
        status.getStyle().set("color", report.intact() ? "var(--lumo-success-text-color)"
                : "var(--lumo-error-text-color)");
        head.setText(getTranslation("auditchain.head", String.valueOf(report.headSeq()), report.headHash()));
        byte[] text = report.headText().getBytes(StandardCharsets.UTF_8);
        download.setHref(DownloadHandler.fromInputStream(event -> new DownloadResponse(new ByteArrayInputStream(text),
                "audit-chain-head-" + report.headSeq() + ".txt", "text/plain", text.length)));
        download.getElement().setAttribute("download", true);
        download.setVisible(true);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("menu.admin.audit-chain");
    }
}
