package org.vangnet.security;

import static org.vangnet.security.Permissions.USER_MANAGE;

import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;

/**
 * Client addresses refused at sign-in after too many failures, for administrators: a whole office
 * behind one address can be let in again at once. Lifting a lock is audited.
 */
@Service
public class SignInAddressLocks {

    private final SignInThrottle throttle;
    private final AuditTrail auditTrail;

    SignInAddressLocks(SignInThrottle throttle, AuditTrail auditTrail) {
        this.throttle = throttle;
        this.auditTrail = auditTrail;
    }

    /** Addresses locked now, the most recent lock first. */
    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional(readOnly = true)
    public Slice<AddressLock> find(Pageable pageable) {
        return throttle.addressLocks(pageable);
    }

    @PreAuthorize("hasAuthority('" + USER_MANAGE + "')")
    @Transactional
    public void lift(String address) {
        if (throttle.liftAddress(address)) {
            auditTrail.record(AuditEntry.updated(AuthenticationAuditor.ADDRESS_TYPE, SignInThrottle.addressKey(address),
                    "sign-in-unlocked"));
        }
    }
}
