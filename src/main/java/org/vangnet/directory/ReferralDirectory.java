package org.vangnet.directory;

import static org.vangnet.security.Permissions.DIRECTORY_MANAGE;
import static org.vangnet.security.Permissions.DIRECTORY_READ;

import java.util.Locale;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Paging;
import org.vangnet.security.CurrentUser;

/**
 * The partners a client can be referred to. Everyone signed in reads the active ones (the home page
 * shows them); administrators keep them, every change audited. The directory holds no personal data.
 */
@Service
public class ReferralDirectory {

    static final String AUDIT_TYPE = "REFERRAL_PARTNER";

    private final ReferralPartnerRepository partners;
    private final AuditTrail auditTrail;
    private final CurrentUser currentUser;

    ReferralDirectory(ReferralPartnerRepository partners, AuditTrail auditTrail, CurrentUser currentUser) {
        this.partners = partners;
        this.auditTrail = auditTrail;
        this.currentUser = currentUser;
    }

    /** Partners whose name contains the filter, in the directory's order; inactive ones only for administrators. */
    @PreAuthorize("hasAuthority('" + DIRECTORY_READ + "')")
    @Transactional(readOnly = true)
    public Slice<PartnerDetails> find(String filter, boolean includeInactive, Pageable pageable) {
        String normalised = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return partners.find(normalised, includeInactive && mayManage(),
                        Paging.capped(pageable, Sort.by("sortOrder").and(Sort.by("name"))))
                .map(ReferralPartner::toDetails);
    }

    @PreAuthorize("hasAuthority('" + DIRECTORY_READ + "')")
    @Transactional(readOnly = true)
    public PartnerDetails get(Long id) {
        return partners.findById(id).filter(p -> p.isActive() || mayManage()).map(ReferralPartner::toDetails)
                .orElseThrow(() -> new DomainException("error.not-found"));
    }

    @PreAuthorize("hasAuthority('" + DIRECTORY_MANAGE + "')")
    @Transactional
    public Long add(PartnerDetails details) {
        if (details.name() != null && partners.existsByNameIgnoreCase(details.name().strip())) {
            throw DomainException.onField("name", "validation.directory.name-taken");
        }
        var saved = partners.save(new ReferralPartner(details));
        auditTrail.record(AuditEntry.created(AUDIT_TYPE, saved.getId()));
        return saved.getId();
    }

    @PreAuthorize("hasAuthority('" + DIRECTORY_MANAGE + "')")
    @Transactional
    public void update(PartnerDetails details) {
        var partner = partners.findById(details.id()).orElseThrow(() -> new DomainException("error.not-found"));
        ConcurrentChangeException.check(partner, details.version());
        if (details.name() != null && partners.existsByNameIgnoreCaseAndIdNot(details.name().strip(), details.id())) {
            throw DomainException.onField("name", "validation.directory.name-taken");
        }
        partner.update(details);
        partners.flush();
        auditTrail.record(AuditEntry.updated(AUDIT_TYPE, details.id(), details.active() ? "active" : "inactive"));
    }

    private boolean mayManage() {
        return currentUser.get().filter(u -> u.hasPermission(DIRECTORY_MANAGE)).isPresent();
    }
}
