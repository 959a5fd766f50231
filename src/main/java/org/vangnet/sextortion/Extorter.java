package org.vangnet.sextortion;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import org.vangnet.base.domain.AbstractEntity;
import org.vangnet.base.domain.Texts;

/**
 * An extorter as one case knows them. The same person may be an extorter in other cases too: they
 * are recognised by their identifiers, not by this record.
 */
@Entity
@Table(name = "extorter")
class Extorter extends AbstractEntity {

    static final int MAX_LABEL = ExtorterService.MAX_LABEL;
    static final int MAX_NOTES = ExtorterService.MAX_NOTES;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Convert(converter = EncryptedText.class)
    @Column(name = "label", length = MAX_LABEL)
    private String label;

    @Convert(converter = EncryptedText.class)
    @Column(name = "notes", length = MAX_NOTES)
    private String notes;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    protected Extorter() {
    }

    Extorter(Long caseId, String label, String notes, Instant now, String by) {
        this.caseId = caseId;
        this.createdAt = now;
        this.createdBy = by;
        describe(label, notes);
    }

    /** How the client or counsellor calls them (the name on the profile, say); optional. */
    void describe(String newLabel, String newNotes) {
        // Both checked before either changes; cleaned and refused as all free text is (decision 024).
        String checkedLabel = Texts.line("label", newLabel, MAX_LABEL);
        this.notes = Texts.optional("notes", newNotes, MAX_NOTES);
        this.label = checkedLabel;
    }


    Long getCaseId() {
        return caseId;
    }

    String getLabel() {
        return label;
    }

    String getNotes() {
        return notes;
    }
}
