package org.vangnet.security;

import static org.vangnet.security.Permissions.PROFILE_EDIT;

import java.util.List;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/**
 * Everyone's own passkeys under My account (decision 018): listed, added, removed. Adding a factor
 * to an account is what a thief holding an open session would do to keep coming back, so it needs a
 * recent second factor (step-up, decision 021) like the other changes that can do the most harm.
 * The authenticator app stays: a passkey is a second way in, never the only one.
 */
@Service
public class PasskeyService {

    /** What the user calls the passkey ("work laptop"), so they can tell them apart when removing one. */
    public static final int MAX_LABEL = 60;
    static final String AUDIT_TYPE = "SECOND_FACTOR";

    private final Passkeys passkeys;
    private final SecurityContextHolderStrategy securityContext;
    private final AuditTrail auditTrail;
    private final StepUp stepUp;

    PasskeyService(Passkeys passkeys, SecurityContextHolderStrategy securityContext, AuditTrail auditTrail, StepUp stepUp) {
        this.passkeys = passkeys;
        this.securityContext = securityContext;
        this.auditTrail = auditTrail;
        this.stepUp = stepUp;
    }

    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional(readOnly = true)
    public List<Passkey> own() {
        return passkeys.of(user().getUsername());
    }

    /** Options for the browser to make a new passkey; asks for a recent factor, and a name, first. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    public PasskeyRegistration startRegistration(String label) {
        stepUp.require();
        Texts.name("label", label, MAX_LABEL, "validation.required");
        return passkeys.startRegistration(securityContext.getContext().getAuthentication());
    }

    /** Stores the new passkey once its answer matches the options; the label is required. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    public void register(PasskeyRegistration registration, String credentialJson, String label) {
        stepUp.require();
        String name = Texts.name("label", label, MAX_LABEL, "validation.required");
        var user = user();
        passkeys.register(registration, credentialJson, name);
        auditTrail.record(AuditEntry.created(AUDIT_TYPE, user.id()).withDetail("passkey"));
    }

    /** Removes one of the user's own passkeys; someone else's is refused as not found. */
    @PreAuthorize("hasAuthority('" + PROFILE_EDIT + "')")
    @Transactional
    public void remove(String passkeyId) {
        var user = user();
        if (!passkeys.remove(user.getUsername(), passkeyId)) {
            throw new DomainException("error.not-found");
        }
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, user.id(), "passkey-removed"));
    }

    private VangnetUser user() {
        Authentication current = securityContext.getContext().getAuthentication();
        if (current.getPrincipal() instanceof VangnetUser user && !(current instanceof SecondFactorPending)) {
            return user;
        }
        throw new AccessDeniedException("No signed-in user");
    }
}
