package org.vangnet.cases;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.DomainException;
import org.vangnet.security.CurrentUser;

/**
 * Evidence: what was preserved, where and when, by whom. Files only without nudity, only PNG, JPEG
 * or PDF (by content), at most 10 MB, and never for a case involving a minor.
 */
@Service
public class EvidenceService {

    static final String AUDIT_TYPE = "CASE_EVIDENCE";
    static final int MAX_FILE_NAME = 200;

    private final EvidenceRepository evidence;
    private final CaseFileRepository cases;
    private final EvidenceStorage storage;
    private final CaseAccess access;
    private final Timeline timeline;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    EvidenceService(EvidenceRepository evidence, CaseFileRepository cases, EvidenceStorage storage,
                    CaseAccess access, Timeline timeline, CurrentUser currentUser, AuditTrail auditTrail,
                    ApplicationEventPublisher events, Clock clock) {
        this.evidence = evidence;
        this.cases = cases;
        this.storage = storage;
        this.access = access;
        this.timeline = timeline;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public Long log(Long caseId, NewEvidence data) {
        access.requireAccess(caseId);
        var saved = evidence.save(new Evidence(caseId, data, currentUser.require().getUsername(), clock.instant()));
        events.publishEvent(new CaseEvents.EvidenceLogged(caseId, saved.getId(), data.kind()));
        return saved.getId();
    }

    /**
     * Attaches a file to logged evidence. Refused for any case involving a minor (or whose client's
     * age when the images were made is unknown), without the counsellor's confirmation that it
     * shows no nudity, for anything but PNG, JPEG or PDF content, and above 10 MB.
     */
    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void attachFile(Long caseId, Long evidenceId, String fileName, byte[] content, boolean noNudityConfirmed) {
        access.requireAccess(caseId);
        var file = cases.findById(caseId).orElseThrow(CaseNotAccessibleException::new);
        if (!file.filesAllowed()) {
            throw new DomainException(file.isMinorInvolved()
                    ? "validation.evidence.no-files-for-minors" : "validation.evidence.adult-age-unknown");
        }
        if (!noNudityConfirmed) {
            throw DomainException.onField("noNudity", "validation.evidence.confirm-no-nudity");
        }
        var item = evidence.findById(evidenceId).filter(e -> e.getCaseId().equals(caseId))
                .orElseThrow(() -> new DomainException("error.not-found"));
        if (item.hasFile()) {
            throw DomainException.onField("file", "validation.evidence.file-already-attached");
        }
        if (content == null || content.length == 0) {
            throw DomainException.onField("file", "validation.required");
        }
        if (content.length > EvidenceFileType.MAX_BYTES) {
            throw DomainException.onField("file", "validation.evidence.file-too-large", 10);
        }
        String name = cleanName(fileName);
        var type = EvidenceFileType.sniff(content)
                .orElseThrow(() -> DomainException.onField("file", "validation.evidence.file-type"));
        if (!type.matchesName(name)) {
            throw DomainException.onField("file", "validation.evidence.file-name-mismatch");
        }
        String key = storage.store(content);
        deleteStoredFileIfRolledBack(key);
        item.attach(new Evidence.StoredFile(name, type.mediaType(), content.length, sha256(content), key));
        evidence.flush();
        events.publishEvent(new CaseEvents.EvidenceFileAttached(caseId, evidenceId, type.mediaType()));
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<EvidenceView> list(Long caseId) {
        access.requireAccess(caseId);
        return evidence.findByCaseIdOrderByCapturedAtDesc(caseId).stream().map(Evidence::toView).toList();
    }

    /** The file of an evidence item, for a download by someone who may see the case; audited as a read. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public EvidenceFile download(Long caseId, Long evidenceId) {
        access.requireAccess(caseId);
        var item = evidence.findById(evidenceId).filter(e -> e.getCaseId().equals(caseId) && e.hasFile())
                .orElseThrow(() -> new DomainException("error.not-found"));
        auditTrail.record(AuditEntry.read(AUDIT_TYPE, evidenceId).withDetail("file-downloaded").inCase(caseId));
        return new EvidenceFile(item.getFileName(), item.getFileType(), storage.read(item.getStorageKey()));
    }

    /**
     * When a case turns out to involve a minor, every file already kept for it goes: Vangnet must
     * hold no image of a minor at all. Called by the case service in the same transaction.
     */
    int removeFilesOf(Long caseId) {
        int removed = 0;
        for (Evidence item : evidence.findByCaseIdOrderByCapturedAtDesc(caseId)) {
            if (item.hasFile()) {
                String key = item.getStorageKey();
                item.detachFile();
                deleteStoredFileAfterCommit(key);
                auditTrail.record(AuditEntry.updated(AUDIT_TYPE, item.getId(), "file-removed-minor").inCase(caseId));
                removed++;
            }
        }
        if (removed > 0) {
            timeline.record(caseId, "EVIDENCE", "timeline.evidence.files-removed", List.of(String.valueOf(removed)));
        }
        return removed;
    }

    private void deleteStoredFileAfterCommit(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                storage.delete(key);
            }
        });
    }

    /** The file is written before the row; if the transaction fails, the orphan must not stay on disk. */
    private void deleteStoredFileIfRolledBack(String key) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                if (status != STATUS_COMMITTED) {
                    storage.delete(key);
                }
            }
        });
    }

    private static String cleanName(String fileName) {
        String name = fileName == null ? "" : fileName.replaceAll("[\\\\/]", "_").replaceAll("\\p{Cntrl}", "").strip();
        if (name.isEmpty()) {
            throw DomainException.onField("file", "validation.required");
        }
        return name.length() > MAX_FILE_NAME ? name.substring(name.length() - MAX_FILE_NAME) : name;
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
