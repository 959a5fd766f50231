package org.vangnet.takedowns;

import static org.vangnet.security.Permissions.ESCALATION_HANDLE;
import static org.vangnet.security.Permissions.TAKEDOWN_WRITE;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.i18n.TranslationProvider;
import org.vangnet.cases.CaseAccess;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.Permissions;

/**
 * Writes the notice of Article 16 of the Digital Services Act for a request, in Dutch, French or
 * English: the exact URLs and identifiers, a substantiated explanation, the notifier's name and
 * e-mail — left out for child sexual abuse material, as Art. 16(2)(c) allows — and the statement
 * of good faith.
 */
@Service
public class DsaNotices {

    private final TakedownRequestRepository requests;
    private final PlatformRepository platforms;
    private final CaseAccess caseAccess;
    private final CurrentUser currentUser;
    private final TranslationProvider translations;
    private final HelplineProperties helpline;
    private final AuditTrail auditTrail;

    DsaNotices(TakedownRequestRepository requests, PlatformRepository platforms, CaseAccess caseAccess,
               CurrentUser currentUser, TranslationProvider translations, HelplineProperties helpline,
               AuditTrail auditTrail) {
        this.requests = requests;
        this.platforms = platforms;
        this.caseAccess = caseAccess;
        this.currentUser = currentUser;
        this.translations = translations;
        this.helpline = helpline;
        this.auditTrail = auditTrail;
    }

    @PreAuthorize("hasAnyAuthority('" + TAKEDOWN_WRITE + "', '" + ESCALATION_HANDLE + "')")
    @Transactional
    public DsaNotice compose(Long requestId, Locale requestedLocale) {
        var request = requests.findById(requestId).orElseThrow(() -> new DomainException("error.not-found"));
        if (currentUser.require().hasPermission(Permissions.ESCALATION_HANDLE)) {
            if (!request.isEscalated()) {
                throw new DomainException("error.not-found");
            }
        } else {
            caseAccess.requireAccess(request.getCaseId());
        }
        Locale locale = TranslationProvider.supported(requestedLocale);
        var platform = platforms.findById(request.getPlatformId()).orElseThrow();
        var text = new StringBuilder();
        line(text, t(locale, "notice.title", platform.getName()));
        text.append('\n');
        line(text, t(locale, "notice.intro"));
        text.append('\n');
        line(text, t(locale, "notice.items"));
        request.items().forEach(item -> line(text, "- " + t(locale, "takedown.item." + item.kind().name())
                + ": " + item.value()));
        text.append('\n');
        line(text, t(locale, "notice.explanation"));
        line(text, t(locale, request.isMinorInvolved() ? "notice.explanation.minor" : "notice.explanation.adult"));
        line(text, t(locale, "notice.description", request.getContentDescription()));
        text.append('\n');
        if (request.isMinorInvolved()) {
            line(text, t(locale, "notice.notifier.omitted"));
        } else {
            line(text, t(locale, "notice.notifier", helpline.name(), helpline.email()));
        }
        line(text, t(locale, "notice.reference", request.getCaseReference() + "-T" + requestId));
        text.append('\n');
        line(text, t(locale, "notice.good-faith"));
        auditTrail.record(AuditEntry.read(TakedownService.AUDIT_TYPE, requestId)
                .withDetail("dsa-notice:" + locale.getLanguage()).inCase(request.getCaseId()));
        return new DsaNotice("dsa-notice-" + request.getCaseReference() + "-T" + requestId + "-"
                + locale.getLanguage() + ".txt", text.toString());
    }

    private String t(Locale locale, String key, Object... args) {
        return translations.getTranslation(key, locale, args);
    }

    private static void line(StringBuilder text, String line) {
        text.append(line).append('\n');
    }
}
