package org.vangnet.cases;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;

/** What became of a police complaint (klacht / aangifte), one per case. */
@Entity
@Table(name = "police_complaint")
class PoliceComplaint {

    static final int MAX_ZONE = PoliceComplaintView.MAX_ZONE;
    static final int MAX_RECORD = PoliceComplaintView.MAX_RECORD;
    static final int MAX_NOTES = PoliceComplaintView.MAX_NOTES;

    @Id
    @Column(name = "case_id")
    private Long caseId;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @Column(name = "wish", nullable = false, length = 10)
    private ComplaintWish wish;

    @Column(name = "filed_on")
    private LocalDate filedOn;

    @Convert(converter = EncryptedText.class)
    @Column(name = "police_zone", length = MAX_ZONE)
    private String policeZone;

    @Convert(converter = EncryptedText.class)
    @Column(name = "record_number", length = MAX_RECORD)
    private String recordNumber;

    @Enumerated(EnumType.STRING)
    @Column(name = "prosecutor_outcome", length = 20)
    private ProsecutorOutcome prosecutorOutcome;

    @Convert(converter = EncryptedText.class)
    @Column(name = "notes", length = MAX_NOTES)
    private String notes;

    @Column(name = "malicious_intent_or_profit", nullable = false)
    private boolean maliciousIntentOrProfit;

    @Column(name = "gender_based_hatred", nullable = false)
    private boolean genderBasedHatred;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    protected PoliceComplaint() {
    }

    PoliceComplaint(Long caseId) {
        this.caseId = caseId;
        this.wish = ComplaintWish.UNDECIDED;
    }

    void update(PoliceComplaintView data, LocalDate today, Instant now) {
        if (data.wish() == null) {
            throw DomainException.onField("wish", "validation.required");
        }
        if (data.filedOn() != null && data.filedOn().isAfter(today)) {
            throw DomainException.onField("filedOn", "validation.date.future");
        }
        if (data.filedOn() != null && data.wish() != ComplaintWish.WANTED) {
            throw DomainException.onField("wish", "validation.complaint.filed-but-not-wanted");
        }
        var aggravating = data.aggravating() == null ? Set.<AggravatingCircumstance>of() : data.aggravating();
        // Noted for the police: pointless, and confusing in the dossier, when the client does not want to go.
        if (!aggravating.isEmpty() && data.wish() == ComplaintWish.NOT_WANTED) {
            throw DomainException.onField("aggravating", "validation.complaint.aggravating-not-wanted");
        }
        this.wish = data.wish();
        this.maliciousIntentOrProfit = aggravating.contains(AggravatingCircumstance.MALICIOUS_INTENT_OR_PROFIT);
        this.genderBasedHatred = aggravating.contains(AggravatingCircumstance.GENDER_BASED_HATRED);
        this.filedOn = data.filedOn();
        this.policeZone = Texts.optional("policeZone", data.policeZone(), MAX_ZONE);
        this.recordNumber = Texts.optional("recordNumber", data.recordNumber(), MAX_RECORD);
        this.prosecutorOutcome = data.prosecutorOutcome();
        this.notes = Texts.optional("notes", data.notes(), MAX_NOTES);
        this.updatedAt = now;
    }

    boolean isOpen() {
        return wish == ComplaintWish.WANTED && filedOn == null;
    }

    PoliceComplaintView toView() {
        return new PoliceComplaintView(version, wish, filedOn, policeZone, recordNumber, prosecutorOutcome, notes,
                aggravating());
    }

    Set<AggravatingCircumstance> aggravating() {
        var noted = EnumSet.noneOf(AggravatingCircumstance.class);
        if (maliciousIntentOrProfit) {
            noted.add(AggravatingCircumstance.MALICIOUS_INTENT_OR_PROFIT);
        }
        if (genderBasedHatred) {
            noted.add(AggravatingCircumstance.GENDER_BASED_HATRED);
        }
        return Collections.unmodifiableSet(noted);
    }

    long getVersion() {
        return version;
    }
}
