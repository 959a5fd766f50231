package org.vangnet.sextortion;

import static org.vangnet.security.Permissions.CASE_READ;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.cases.CaseAccess;
import org.vangnet.cases.CaseQueries;
import org.vangnet.sextortion.IdentifierMatch.LinkedCase;

/**
 * Reading the sextortion log of a case, and matching its identifiers across cases. Every read is
 * audited: the log, each match lookup, and each export of identifiers (for a police complaint or a
 * takedown request). Not read-only transactions: the audit row is written with them.
 */
@Service
public class SextortionQueries {

    static final String AUDIT_LOG = "SEXTORTION";
    static final String AUDIT_MATCH = "EXTORTER_MATCH";

    private final ExtorterRepository extorters;
    private final ExtorterIdentifierRepository identifiers;
    private final ExtortionContactRepository contacts;
    private final MoneyRecoveryRepository recoveries;
    private final IdentifierMatching matching;
    private final CaseAccess access;
    private final CaseQueries caseQueries;
    private final AuditTrail auditTrail;

    SextortionQueries(ExtorterRepository extorters, ExtorterIdentifierRepository identifiers,
                      ExtortionContactRepository contacts, MoneyRecoveryRepository recoveries,
                      IdentifierMatching matching, CaseAccess access, CaseQueries caseQueries, AuditTrail auditTrail) {
        this.extorters = extorters;
        this.identifiers = identifiers;
        this.contacts = contacts;
        this.recoveries = recoveries;
        this.matching = matching;
        this.access = access;
        this.caseQueries = caseQueries;
        this.auditTrail = auditTrail;
    }

    /** The case's extorters, oldest first, each with identifiers, contacts (newest first) and recovery requests. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public List<ExtorterView> extorters(Long caseId) {
        access.requireAccess(caseId);
        Map<Long, List<IdentifierView>> identifiersOf = identifiers.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(ExtorterIdentifier::toView)
                .collect(Collectors.groupingBy(IdentifierView::extorterId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<ContactView>> contactsOf = contacts.findByCaseIdOrderByOccurredAtDescIdDesc(caseId).stream()
                .map(ExtortionContact::toView)
                .collect(Collectors.groupingBy(ContactView::extorterId, LinkedHashMap::new, Collectors.toList()));
        Map<Long, List<RecoveryView>> recoveriesOf = recoveries.findByCaseIdOrderByReportedOnDescIdDesc(caseId).stream()
                .map(MoneyRecovery::toView)
                .collect(Collectors.groupingBy(RecoveryView::extorterId, LinkedHashMap::new, Collectors.toList()));
        List<ExtorterView> views = extorters.findByCaseIdOrderByIdAsc(caseId).stream()
                .map(e -> new ExtorterView(e.getId(), e.getVersion(), e.getLabel(), e.getNotes(),
                        identifiersOf.getOrDefault(e.getId(), List.of()), contactsOf.getOrDefault(e.getId(), List.of()),
                        recoveriesOf.getOrDefault(e.getId(), List.of())))
                .toList();
        auditTrail.record(AuditEntry.read(AUDIT_LOG, caseId).withDetail("extorters:" + views.size()).inCase(caseId));
        return views;
    }

    /**
     * For each identifier of the case that also appears in other cases: how many (of any team), and
     * which of them the user may open. Only identifiers with matches are in the map.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public Map<Long, IdentifierMatch> matches(Long caseId) {
        access.requireAccess(caseId);
        var found = matching.forCase(caseId);
        Map<Long, String> visible = caseQueries.referencesWithinScope(IdentifierMatching.allCaseIds(found));
        Map<Long, IdentifierMatch> matches = new LinkedHashMap<>();
        found.forEach((identifierId, f) -> {
            List<LinkedCase> linked = new ArrayList<>();
            // Newest case first, in the order the cases module returned them.
            visible.forEach((id, reference) -> {
                if (f.caseIds().contains(id) && linked.size() < IdentifierMatch.MAX_SHOWN) {
                    linked.add(new LinkedCase(id, reference));
                }
            });
            matches.put(identifierId, new IdentifierMatch(identifierId, f.otherCases(), linked));
        });
        auditTrail.record(AuditEntry.read(AUDIT_MATCH, caseId).withDetail("identifiers-matched:" + matches.size()
                + ",cases-shown:" + matches.values().stream().mapToInt(m -> m.visible().size()).sum()).inCase(caseId));
        return matches;
    }

    /**
     * An extorter's identifiers, to be copied into a police complaint or a takedown request: that
     * they left Vangnet is audited as an export.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public List<IdentifierView> exportIdentifiers(Long caseId, Long extorterId) {
        access.requireAccess(caseId);
        extorters.requireInCase(caseId, extorterId);
        var list = identifiers.findByExtorterIdOrderByIdAsc(extorterId).stream().map(ExtorterIdentifier::toView).toList();
        auditTrail.record(AuditEntry.of(AuditAction.EXPORT, ExtorterService.AUDIT_EXTORTER, extorterId)
                .withDetail("identifiers:" + list.size()).inCase(caseId));
        return list;
    }
}
