package org.vangnet.takedowns;

import static org.vangnet.security.Permissions.ESCALATION_HANDLE;
import static org.vangnet.security.Permissions.PLATFORM_MANAGE;
import static org.vangnet.security.Permissions.TAKEDOWN_WRITE;

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

/** The platforms Vangnet knows, with how to report to each. Administrators keep it up to date. */
@Service
public class PlatformCatalogue {

    private final PlatformRepository platforms;
    private final AuditTrail auditTrail;

    PlatformCatalogue(PlatformRepository platforms, AuditTrail auditTrail) {
        this.platforms = platforms;
        this.auditTrail = auditTrail;
    }

    /** Active platforms whose name contains the filter, in the catalogue's order; administrators see all. */
    @PreAuthorize("hasAnyAuthority('" + TAKEDOWN_WRITE + "', '" + ESCALATION_HANDLE + "', '" + PLATFORM_MANAGE + "')")
    @Transactional(readOnly = true)
    public Slice<PlatformDetails> find(String filter, boolean includeInactive, Pageable pageable) {
        String normalised = filter == null ? "" : filter.strip().toLowerCase(Locale.ROOT);
        return platforms.find(normalised, includeInactive,
                        Paging.capped(pageable, Sort.by("sortOrder").and(Sort.by("name"))))
                .map(Platform::toDetails);
    }

    @PreAuthorize("hasAnyAuthority('" + TAKEDOWN_WRITE + "', '" + ESCALATION_HANDLE + "', '" + PLATFORM_MANAGE + "')")
    @Transactional(readOnly = true)
    public PlatformDetails get(Long id) {
        return platforms.findById(id).map(Platform::toDetails).orElseThrow(() -> new DomainException("error.not-found"));
    }

    @PreAuthorize("hasAuthority('" + PLATFORM_MANAGE + "')")
    @Transactional
    public void update(PlatformDetails details) {
        var platform = platforms.findById(details.id()).orElseThrow(() -> new DomainException("error.not-found"));
        ConcurrentChangeException.check(platform, details.version());
        platform.update(details);
        platforms.flush();
        auditTrail.record(AuditEntry.updated("PLATFORM", details.id(), "catalogue"));
    }
}
