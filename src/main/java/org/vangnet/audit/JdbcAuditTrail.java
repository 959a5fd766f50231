package org.vangnet.audit;

import com.vaadin.flow.server.VaadinRequest;
import java.sql.Timestamp;
import java.time.Clock;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;

/**
 * Writes audit entries with plain SQL on the caller's connection, so the entry commits or rolls
 * back with the operation it records. Actor and role come from the security context, the client
 * address from the current request (behind a proxy, configure {@code server.forward-headers-strategy}).
 */
@Component
class JdbcAuditTrail implements AuditTrail {

    static final String SYSTEM_ACTOR = "(system)";
    static final String ANONYMOUS_ACTOR = "(anonymous)";
    private static final String ROLE_PREFIX = "ROLE_";
    private static final int MAX_ADDRESS = 64;

    private final JdbcTemplate jdbc;
    private final SecurityContextHolderStrategy securityContext;
    private final Clock clock;

    JdbcAuditTrail(JdbcTemplate jdbc, SecurityContextHolderStrategy securityContext, Clock clock) {
        this.jdbc = jdbc;
        this.securityContext = securityContext;
        this.clock = clock;
    }

    @Override
    @Transactional(propagation = Propagation.REQUIRED)
    public void record(AuditEntry entry) {
        Authentication authentication = securityContext.getContext().getAuthentication();
        String actor = entry.actor() != null ? entry.actor() : actorOf(authentication);
        String role = entry.actorRole() != null ? entry.actorRole() : roleOf(authentication);
        jdbc.update("""
                        insert into audit_event (occurred_at, actor, actor_role, action, object_type, object_id,
                                                 outcome, detail, client_address, case_id)
                        values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                Timestamp.from(clock.instant()), actor, role, entry.action().name(), entry.objectType(),
                entry.objectId(), entry.outcome().name(), entry.detail(), clientAddress(), entry.caseId());
    }

    private static String actorOf(Authentication authentication) {
        if (authentication == null) {
            return SYSTEM_ACTOR;
        }
        if (authentication instanceof AnonymousAuthenticationToken) {
            return ANONYMOUS_ACTOR;
        }
        return authentication.getName();
    }

    private static String roleOf(Authentication authentication) {
        if (authentication == null) {
            return null;
        }
        return authentication.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority)
                .filter(a -> a != null && a.startsWith(ROLE_PREFIX))
                .map(a -> a.substring(ROLE_PREFIX.length()))
                .findFirst()
                .orElse(null);
    }

    private static String clientAddress() {
        String address = null;
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            address = attributes.getRequest().getRemoteAddr();
        } else if (VaadinRequest.getCurrent() != null) {
            address = VaadinRequest.getCurrent().getRemoteAddr();
        }
        // An IPv6 address with a zone id can exceed the column; a long address must never fail the operation.
        return address == null || address.length() <= MAX_ADDRESS ? address : address.substring(0, MAX_ADDRESS);
    }

}
