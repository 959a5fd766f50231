package org.vangnet.cases;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.vangnet.base.audit.AuditAction;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;

/**
 * The one routine that removes a closed case's personal data, for the daily retention job and for
 * an erasure on request alike. Runs in the caller's transaction: either everything of the case is
 * pseudonymised, across all modules, or nothing is. The decisions per column are in decision 009.
 */
@Component
class CasePseudonymiser {

    private static final Logger log = LoggerFactory.getLogger(CasePseudonymiser.class);

    private final CaseFileRepository cases;
    private final Timeline timeline;
    private final EvidenceStorage storage;
    private final JdbcTemplate jdbc;
    private final List<CasePersonalData> otherModules;
    private final AuditTrail auditTrail;
    private final Clock clock;

    CasePseudonymiser(CaseFileRepository cases, Timeline timeline, EvidenceStorage storage, JdbcTemplate jdbc,
                      List<CasePersonalData> otherModules, AuditTrail auditTrail, Clock clock) {
        this.cases = cases;
        this.timeline = timeline;
        this.storage = storage;
        this.jdbc = jdbc;
        this.otherModules = otherModules;
        this.auditTrail = auditTrail;
        this.clock = clock;
    }

    /**
     * Pseudonymises the case (which must be closed and not pseudonymised yet) and writes one audit
     * row with the reason and what was removed. Returns those counts by short code.
     */
    Map<String, Integer> pseudonymise(CaseFile file, PseudonymisationReason reason) {
        Long caseId = file.getId();
        file.requirePseudonymisable();
        Map<String, Integer> counts = new LinkedHashMap<>();
        // Written before the mark: afterwards the timeline takes no entry for this case.
        timeline.record(caseId, "PRIVACY", "timeline.case.pseudonymised",
                List.of(CaseEvents.t("case.pseudonymisation.reason.", reason)));
        counts.put("ct", file.pseudonymise(reason, clock.instant()));
        // The timeline trigger checks the mark in the database, so it must be there first.
        cases.flush();
        counts.put("nt", blankNotes(caseId));
        List<String> storedFiles = jdbc.queryForList(
                "select storage_key from case_evidence where case_id = ? and storage_key is not null", String.class,
                caseId);
        counts.put("ev", jdbc.update("delete from case_evidence where case_id = ?", caseId));
        counts.put("fl", storedFiles.size());
        storedFiles.forEach(this::deleteAfterCommit);
        counts.put("pc", jdbc.update("""
                update police_complaint set police_zone = null, record_number = null, notes = null,
                                            version = version + 1
                where case_id = ? and (police_zone is not null or record_number is not null or notes is not null)""",
                caseId));
        counts.put("rf", jdbc.update("""
                update case_referral set other_name = null, version = version + 1
                where case_id = ? and other_name is not null""", caseId));
        for (CasePersonalData module : otherModules) {
            module.pseudonymise(caseId).forEach((code, count) -> counts.merge(code, count, Integer::sum));
        }
        auditTrail.record(AuditEntry.of(AuditAction.DELETE, CaseAccess.AUDIT_TYPE, caseId)
                .withDetail(auditDetail(reason, counts)).inCase(caseId));
        return counts;
    }

    /**
     * Replaces the text of every note and correction with the placeholder: the one change the
     * timeline's trigger allows, and only while the transaction says so (see V008).
     */
    private int blankNotes(Long caseId) {
        jdbc.queryForObject("select set_config('vangnet.purge', 'on', true)", String.class);
        try {
            return jdbc.update("""
                    update case_timeline_entry set body = ?
                    where case_id = ? and body is not null and body <> ?""",
                    Pseudonymisation.PLACEHOLDER, caseId, Pseudonymisation.PLACEHOLDER);
        } finally {
            jdbc.queryForObject("select set_config('vangnet.purge', '', true)", String.class);
        }
    }

    /** A file goes only once its row is gone for good; a roll-back keeps both. */
    private void deleteAfterCommit(String storageKey) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                try {
                    storage.delete(storageKey);
                } catch (RuntimeException e) {
                    // The key is a random name, not personal data; the evidence check (EvidenceCheck) removes the file later.
                    log.error("Evidence file {} of a pseudonymised case could not be deleted", storageKey, e);
                }
            }
        });
    }

    /** {@code pseudonymised:REASON;ct=2,nt=5,...}: counts only, never a value; cut to fit the trail. */
    static String auditDetail(PseudonymisationReason reason, Map<String, Integer> counts) {
        var detail = new StringBuilder("pseudonymised:").append(reason.name());
        String separator = ";";
        for (var count : counts.entrySet()) {
            if (count.getValue() == null || count.getValue() == 0) {
                continue;
            }
            String part = separator + count.getKey() + "=" + count.getValue();
            if (detail.length() + part.length() > AuditEntry.MAX_DETAIL) {
                break;
            }
            detail.append(part);
            separator = ",";
        }
        return detail.toString();
    }
}
