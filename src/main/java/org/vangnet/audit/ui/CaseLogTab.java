package org.vangnet.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.Clock;
import org.vangnet.audit.AuditQueryService;
import org.vangnet.cases.CaseDetails;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.cases.ui.OpenCase;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;

/**
 * Adds the "Access log" tab to the case file of a user who may read a case's audit trail (a
 * supervisor, on the cases of their team: the case file opens on no other). Last, after the work.
 */
@org.springframework.stereotype.Component
class CaseLogTab implements CaseTabProvider {

    private final AuditQueryService audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    CaseLogTab(AuditQueryService audit, CurrentUser currentUser, Clock clock) {
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public String titleKey() {
        return "audit.case-log.tab";
    }

    @Override
    public int order() {
        return 90;
    }

    @Override
    public boolean isAvailable(CaseDetails details) {
        return currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_AUDIT_READ)).isPresent();
    }

    @Override
    public Component create(OpenCase openCase) {
        // A log read as of the moment the tab was first shown; reading it again after each change would
        // write a line per change into the log itself.
        return new CaseLogPanel(openCase.id(), openCase.details().reference(), audit, clock.instant());
    }
}
