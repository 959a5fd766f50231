package org.vangnet.spreaders;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import org.vangnet.base.crypto.EncryptedText;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.domain.Violations;
import org.vangnet.cases.CaseOwned;

/**
 * Someone who made, spread or passed on the client's images, as one case knows them. Who they are
 * (a name, a handle) is encrypted; a deletion request that was made has a date (not in the future)
 * and someone who asked.
 */
@Entity
@Table(name = "spreader")
class Spreader extends AbstractEntity implements CaseOwned {

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 20)
    private SpreaderRole role;

    @Convert(converter = EncryptedText.class)
    @Column(name = "label")
    private String label;

    @Column(name = "platform", length = SpreaderDetails.MAX_PLATFORM)
    private String platform;

    @Convert(converter = EncryptedText.class)
    @Column(name = "handle")
    private String handle;

    @Enumerated(EnumType.STRING)
    @Column(name = "relation", nullable = false, length = 20)
    private SpreaderRelation relation;

    @Enumerated(EnumType.STRING)
    @Column(name = "deletion", nullable = false, length = 20)
    private DeletionRequest deletion;

    @Column(name = "asked_on")
    private LocalDate askedOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "asked_by", length = 20)
    private AskedBy askedBy;

    @Column(name = "in_complaint", nullable = false)
    private boolean inComplaint;

    @Convert(converter = EncryptedText.class)
    @Column(name = "notes")
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    protected Spreader() {
    }

    Spreader(Long caseId, SpreaderDetails details, LocalDate today, Instant now, String by) {
        this.caseId = caseId;
        this.createdAt = now;
        this.createdBy = by;
        change(details, today);
    }

    /**
     * Records what is known now; every broken rule is reported at once, on its field, and nothing
     * changes then. Returns whether the deletion request's state changed (the timeline says so).
     */
    boolean change(SpreaderDetails details, LocalDate today) {
        var problems = new Violations();
        if (details.role() == null) {
            problems.add(DomainException.onField("role", "validation.required"));
        }
        if (details.relation() == null) {
            problems.add(DomainException.onField("relation", "validation.required"));
        }
        if (details.deletion() == null) {
            problems.add(DomainException.onField("deletion", "validation.required"));
        }
        String newLabel = problems.check(() -> Texts.line("label", details.label(), SpreaderDetails.MAX_LABEL));
        String newPlatform = problems.check(() -> Texts.line("platform", details.platform(), SpreaderDetails.MAX_PLATFORM));
        String newHandle = problems.check(() -> Texts.line("handle", details.handle(), SpreaderDetails.MAX_HANDLE));
        String newNotes = problems.check(() -> Texts.optional("notes", details.notes(), SpreaderDetails.MAX_NOTES));
        if (problems.isEmpty() && newLabel == null && newHandle == null) {
            problems.add(DomainException.onField("label", "validation.spreader.who"));
        }
        boolean asked = details.deletion() != null && details.deletion().asked();
        if (asked && details.askedOn() == null) {
            problems.add(DomainException.onField("askedOn", "validation.spreader.asked-on"));
        } else if (asked && details.askedOn().isAfter(today)) {
            problems.add(DomainException.onField("askedOn", "validation.spreader.asked-future"));
        }
        if (asked && details.askedBy() == null) {
            problems.add(DomainException.onField("askedBy", "validation.spreader.asked-by"));
        }
        problems.throwIfAny();
        boolean deletionChanged = deletion != details.deletion();
        this.role = details.role();
        this.label = newLabel;
        this.platform = newPlatform;
        this.handle = newHandle;
        this.relation = details.relation();
        this.deletion = details.deletion();
        // Not asked: there is no date nor anyone who asked (the form hides both).
        this.askedOn = asked ? details.askedOn() : null;
        this.askedBy = asked ? details.askedBy() : null;
        this.inComplaint = details.inComplaint();
        this.notes = newNotes;
        return deletionChanged;
    }

    SpreaderView toView() {
        return new SpreaderView(getId(), getVersion(), new SpreaderDetails(role, label, platform, handle, relation,
                deletion, askedOn, askedBy, inComplaint, notes), createdAt, createdBy);
    }

    @Override
    public Long getCaseId() {
        return caseId;
    }

    SpreaderRole getRole() {
        return role;
    }

    SpreaderRelation getRelation() {
        return relation;
    }

    DeletionRequest getDeletion() {
        return deletion;
    }
}
