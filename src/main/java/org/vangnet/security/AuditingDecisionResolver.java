package org.vangnet.security;

import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AccessCheckDecisionResolver;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationContext;
import java.io.Serial;
import java.util.List;
import java.util.function.Supplier;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;

/**
 * Decides like Vaadin's default resolver and records a denial when a signed-in user navigates to a
 * view their role may not open. Menu rendering asks the same question without navigating; those
 * checks are not denials and are not recorded.
 */
final class AuditingDecisionResolver implements AccessCheckDecisionResolver {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AccessCheckDecisionResolver delegate;
    private final transient Supplier<AuditTrail> auditTrail;

    AuditingDecisionResolver(AccessCheckDecisionResolver delegate, Supplier<AuditTrail> auditTrail) {
        this.delegate = delegate;
        this.auditTrail = auditTrail;
    }

    @Override
    public AccessCheckResult resolve(List<AccessCheckResult> results, NavigationContext context) {
        AccessCheckResult result = delegate.resolve(results, context);
        if (result.decision() == AccessCheckDecision.DENY && context.isNavigating()
                && !context.isErrorHandling() && context.getPrincipal() != null) {
            // The view's class names what was refused; the typed URL could carry anything.
            auditTrail.get().record(AuditEntry.denied("VIEW", null,
                    "view:" + context.getNavigationTarget().getSimpleName()));
        }
        return result;
    }
}
