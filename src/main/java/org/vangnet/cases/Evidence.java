package org.vangnet.cases;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/**
 * A piece of evidence preserved before anything is taken down: a link, a username, a number, a
 * screenshot of a chat, a payment proof. Never the intimate image itself: a file is allowed only
 * without nudity, confirmed by the counsellor, and never for a case that involves a minor.
 */
@Entity
@Table(name = "case_evidence")
class Evidence {

    static final int MAX_PLATFORM = NewEvidence.MAX_PLATFORM;
    static final int MAX_ITEM = NewEvidence.MAX_ITEM;
    static final int MAX_DESCRIPTION = NewEvidence.MAX_DESCRIPTION;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private EvidenceKind kind;

    @Column(name = "platform", length = MAX_PLATFORM)
    private String platform;

    @Convert(converter = EncryptedText.class)
    @Column(name = "item", length = MAX_ITEM)
    private String item;

    @Convert(converter = EncryptedText.class)
    @Column(name = "description", nullable = false, length = MAX_DESCRIPTION)
    private String description;

    @Column(name = "platform_date_visible")
    private Boolean platformAndDateVisible;

    @Column(name = "captured_at", nullable = false)
    private Instant capturedAt;

    @Column(name = "captured_by", nullable = false, length = 50)
    private String capturedBy;

    @Convert(converter = EncryptedText.class)
    @Column(name = "file_name", length = 200)
    private String fileName;

    @Column(name = "file_type", length = 40)
    private String fileType;

    @Column(name = "file_size")
    private Long fileSize;

    @Column(name = "file_sha256", length = 64)
    private String fileSha256;

    @Column(name = "storage_key", length = 80)
    private String storageKey;

    @Column(name = "no_nudity_confirmed", nullable = false)
    private boolean noNudityConfirmed;

    protected Evidence() {
    }

    Evidence(Long caseId, NewEvidence data, String capturedBy, Instant now) {
        if (data.kind() == null) {
            throw DomainException.onField("kind", "validation.required");
        }
        String text = Texts.required("description", data.description(), MAX_DESCRIPTION);
        if (data.capturedAt() != null && data.capturedAt().isAfter(now)) {
            throw DomainException.onField("capturedAt", "validation.date.future");
        }
        this.caseId = caseId;
        this.kind = data.kind();
        this.platform = Texts.optional("platform", data.platform(), MAX_PLATFORM);
        this.item = Texts.optional("item", data.item(), MAX_ITEM);
        this.description = text;
        this.capturedAt = data.capturedAt() == null ? now : data.capturedAt();
        this.platformAndDateVisible = data.platformAndDateVisible();
        this.capturedBy = capturedBy;
    }

    void attach(StoredFile file) {
        this.fileName = file.name();
        this.fileType = file.type();
        this.fileSize = file.size();
        this.fileSha256 = file.sha256();
        this.storageKey = file.storageKey();
        this.noNudityConfirmed = true;
    }

    /** Forgets the file (the caller deletes it from storage); the logged evidence itself stays. */
    void detachFile() {
        this.fileName = null;
        this.fileType = null;
        this.fileSize = null;
        this.fileSha256 = null;
        this.storageKey = null;
    }

    EvidenceView toView() {
        return new EvidenceView(id, kind, platform, item, description, capturedAt, capturedBy,
                storageKey == null ? null : fileName, fileType, fileSize, storageKey == null ? null : fileSha256,
                platformAndDateVisible);
    }

    Long getId() {
        return id;
    }

    Long getCaseId() {
        return caseId;
    }

    String getStorageKey() {
        return storageKey;
    }

    String getFileName() {
        return fileName;
    }

    String getFileType() {
        return fileType;
    }

    boolean hasFile() {
        return storageKey != null;
    }

    /** A file as kept outside the web root, under a random key. */
    record StoredFile(String name, String type, long size, String sha256, String storageKey) {
    }
}
