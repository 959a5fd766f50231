package org.vangnet.audit.ui;

import java.time.Clock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vangnet.audit.AuditQueryService;
import org.vangnet.cases.ui.CaseTabProvider;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;

/**
 * Adds the "Access log" tab to the case file of a user who may read a case's audit trail (a
 * supervisor, on the cases of their team: the case file opens on no other). Last, after the work.
 */
@Configuration(proxyBeanMethods = false)
class CaseLogTab {

    @Bean
    CaseTabProvider caseLogCaseTab(AuditQueryService audit, CurrentUser currentUser, Clock clock) {
        // A log read as of the moment the tab was first shown; reading it again after each change would
        // write a line per change into the log itself.
        return CaseTabProvider.of("audit.case-log.tab", 90,
                details -> currentUser.get().filter(u -> u.hasPermission(Permissions.CASE_AUDIT_READ)).isPresent(),
                openCase -> new CaseLogPanel(openCase.id(), openCase.details().reference(), audit, clock.instant()));
    }
}
