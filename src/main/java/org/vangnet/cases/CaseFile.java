package org.vangnet.cases;

import org.vangnet.base.crypto.EncryptedText;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Converter;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.hibernate.annotations.DynamicUpdate;
import org.vangnet.base.domain.AbstractAggregate;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.domain.Violations;

/**
 * A case: one client and what happened to them. State changes go through named methods that
 * refuse what the helpline's process does not allow.
 */
@Entity
@DynamicUpdate
@Table(name = "case_file")
class CaseFile extends AbstractAggregate {

    static final int ADULT_AGE = 18;

    @Column(name = "reference", nullable = false, updatable = false, length = 20)
    private String reference;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 10)
    private CaseStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "waiting_on", length = 10)
    private WaitingOn waitingOn;

    @Enumerated(EnumType.STRING)
    @Column(name = "closing_reason", length = 30)
    private ClosingReason closingReason;

    @Convert(converter = PriorityConverter.class)
    @Column(name = "priority", nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(name = "intake_channel", nullable = false, length = 10)
    private IntakeChannel intakeChannel;

    @Column(name = "team_id", nullable = false)
    private Long teamId;

    @Column(name = "counsellor_id")
    private Long counsellorId;

    @Column(name = "opened_at", nullable = false, updatable = false)
    private Instant openedAt;

    @Column(name = "opened_by", nullable = false, updatable = false, length = 50)
    private String openedBy;

    @Column(name = "closed_at")
    private Instant closedAt;

    @Column(name = "last_activity_at", nullable = false)
    private Instant lastActivityAt;

    @Column(name = "client_alias", nullable = false, length = ClientDetails.MAX_ALIAS)
    private String clientAlias;

    @Column(name = "client_age_now")
    private Integer clientAgeNow;

    @Column(name = "client_birth_year")
    private Integer clientBirthYear;

    @Column(name = "age_at_images")
    private Integer ageAtImages;

    @Column(name = "preferred_language", length = 10)
    private String preferredLanguage;

    @Column(name = "risk_minor", nullable = false)
    private boolean riskMinor;

    @Column(name = "risk_self_harm", nullable = false)
    private boolean riskSelfHarm;

    @Column(name = "risk_deadline", nullable = false)
    private boolean riskDeadline;

    @Column(name = "minor_involved", nullable = false)
    private boolean minorInvolved;

    @Convert(converter = EncryptedText.class)
    @Column(name = "summary", length = NewCase.MAX_SUMMARY)
    private String summary;

    @Column(name = "pseudonymised_at")
    private Instant pseudonymisedAt;

    @Column(name = "closing_approved_at")
    private Instant closingApprovedAt;

    @Column(name = "closing_approved_by", length = 50)
    private String closingApprovedBy;

    @Enumerated(EnumType.STRING)
    @Column(name = "pseudonymisation_reason", length = 20)
    private PseudonymisationReason pseudonymisationReason;

    @ElementCollection
    @CollectionTable(name = "case_harm", joinColumns = @JoinColumn(name = "case_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private Set<HarmKind> harms = EnumSet.noneOf(HarmKind.class);

    /** The harms as bits, written with them: the list filters and shows them from its indexes (V030_1). */
    @Column(name = "harm_mask", nullable = false)
    private short harmMask;

    @ElementCollection
    @CollectionTable(name = "client_contact", joinColumns = @JoinColumn(name = "case_id"))
    private List<ClientContact> contacts = new ArrayList<>();

    protected CaseFile() {
    }

    CaseFile(String reference, NewCase request, List<ClientContact> normalisedContacts, Long teamId,
             Long counsellorId, String openedBy, Instant now) {
        // Everything missing or wrong is reported together: an empty intake lists all its gaps at once.
        var problems = new Violations();
        if (request.channel() == null) {
            problems.add(DomainException.onField("channel", "validation.required"));
        }
        problems.check(() -> checkClient(request.client(), now));
        if (request.harms() == null || request.harms().isEmpty()) {
            problems.add(DomainException.onField("harms", "validation.case.harm-required"));
        }
        problems.check(() -> Texts.optional("summary", request.summary(), NewCase.MAX_SUMMARY));
        problems.throwIfAny();
        this.reference = reference;
        this.status = CaseStatus.NEW;
        this.intakeChannel = request.channel();
        this.teamId = teamId;
        this.counsellorId = counsellorId;
        this.openedAt = now;
        this.openedBy = openedBy;
        this.lastActivityAt = now;
        this.harms = EnumSet.copyOf(request.harms());
        this.harmMask = HarmKind.mask(harms);
        describe(request.summary());
        updateClient(request.client(), normalisedContacts, now);
    }

    /** Replaces what is known of the client; ages are checked against each other and the priority follows. */
    void updateClient(ClientDetails client, List<ClientContact> normalisedContacts, Instant now) {
        requireNotPseudonymised();
        String alias = checkClient(client, now);
        int currentYear = now.atZone(ZoneOffset.UTC).getYear();
        Integer ageNow = client.ageNow() != null ? client.ageNow()
                : client.birthYear() == null ? null : currentYear - client.birthYear();
        this.clientAlias = alias;
        this.clientAgeNow = client.ageNow();
        this.clientBirthYear = client.birthYear();
        this.ageAtImages = client.ageAtImages();
        this.preferredLanguage = client.language();
        this.riskMinor = client.minor();
        this.riskSelfHarm = client.selfHarmConcern();
        this.riskDeadline = client.deadlineRunning();
        this.minorInvolved = client.minor() || isUnder18(ageNow) || isUnder18(client.ageAtImages());
        this.priority = Priority.of(riskSelfHarm, riskDeadline, minorInvolved);
        this.contacts.clear();
        this.contacts.addAll(normalisedContacts);
    }

    void describe(String newSummary) {
        requireNotPseudonymised();
        this.summary = Texts.optional("summary", newSummary, NewCase.MAX_SUMMARY);
    }

    void changeHarms(Set<HarmKind> newHarms) {
        requireNotPseudonymised();
        if (newHarms == null || newHarms.isEmpty()) {
            throw DomainException.onField("harms", "validation.case.harm-required");
        }
        this.harms.clear();
        this.harms.addAll(newHarms);
        this.harmMask = HarmKind.mask(harms);
    }

    /** Moves the case on; a waiting case says for whom, a closed one why. */
    void moveTo(CaseStatus target, WaitingOn waitingFor, ClosingReason reason, Instant now) {
        requireNotPseudonymised();
        if (target == null || !status.canMoveTo(target)) {
            throw new DomainException("validation.case.transition", status.name(), String.valueOf(target));
        }
        if (target == CaseStatus.WAITING && waitingFor == null) {
            throw DomainException.onField("waitingOn", "validation.case.waiting-on-required");
        }
        if (target == CaseStatus.CLOSED && reason == null) {
            throw DomainException.onField("closingReason", "validation.case.closing-reason-required");
        }
        registerEvent(new CaseEvents.CaseStatusChanged(getId(), status, target,
                target == CaseStatus.WAITING ? waitingFor : null, target == CaseStatus.CLOSED ? reason : null));
        this.status = target;
        this.waitingOn = target == CaseStatus.WAITING ? waitingFor : null;
        this.closingReason = target == CaseStatus.CLOSED ? reason : null;
        this.closedAt = target == CaseStatus.CLOSED ? now : null;
        this.closingApprovedAt = null;
        this.closingApprovedBy = null;
        touch(now);
    }

    /** A supervisor agrees that the case is rightly closed; only once, and only while it is closed. */
    void approveClosing(String by, Instant now) {
        requireNotPseudonymised();
        if (status != CaseStatus.CLOSED) {
            throw new DomainException("validation.case.approve-not-closed");
        }
        if (closingApprovedAt != null) {
            throw new DomainException("validation.case.closing-already-approved");
        }
        this.closingApprovedAt = now;
        this.closingApprovedBy = by;
    }

    boolean isClosingApproved() {
        return closingApprovedAt != null;
    }

    /**
     * An extorter's deadline is running: the case becomes urgent. Returns whether anything changed
     * (it was not flagged yet). The flag stays until a counsellor clears it on the client form.
     */
    boolean markDeadlineRunning(Instant now) {
        requireNotPseudonymised();
        if (riskDeadline) {
            return false;
        }
        this.riskDeadline = true;
        this.priority = Priority.of(riskSelfHarm, true, minorInvolved);
        touch(now);
        return true;
    }

    void assignTo(Long newCounsellorId, Instant now) {
        requireNotPseudonymised();
        this.counsellorId = newCounsellorId;
        touch(now);
    }

    void touch(Instant now) {
        this.lastActivityAt = now;
    }

    /**
     * Removes what identifies the client (alias, ages, language, contact details, the summary) and
     * marks the case as pseudonymised, for good: only a closed case, and it can never be reopened or
     * changed again. What the figures need stays: team, dates, status, closing reason, priority,
     * channel, kinds of harm and the risk and minor flags. Returns how many contact details went.
     */
    int pseudonymise(PseudonymisationReason reason, Instant now) {
        if (reason == null) {
            throw DomainException.onField("reason", "validation.required");
        }
        requirePseudonymisable();
        int removedContacts = contacts.size();
        this.clientAlias = Pseudonymisation.PLACEHOLDER;
        this.clientAgeNow = null;
        this.clientBirthYear = null;
        this.ageAtImages = null;
        this.preferredLanguage = null;
        this.summary = null;
        this.contacts.clear();
        this.pseudonymisedAt = now;
        this.pseudonymisationReason = reason;
        return removedContacts;
    }

    /** Only a closed case that still has its data can be pseudonymised. */
    void requirePseudonymisable() {
        requireNotPseudonymised();
        if (status != CaseStatus.CLOSED) {
            throw new DomainException("validation.case.erase-not-closed");
        }
    }

    boolean isPseudonymised() {
        return pseudonymisedAt != null;
    }

    private void requireNotPseudonymised() {
        if (pseudonymisedAt != null) {
            throw new DomainException("validation.case.pseudonymised");
        }
    }

    /**
     * Files may only be attached when the client is known to be an adult now and was one when the
     * images were made. An unknown age at the time counts as a possible minor.
     */
    boolean filesAllowed() {
        return !minorInvolved && ageAtImages != null && ageAtImages >= ADULT_AGE;
    }

    private static boolean isUnder18(Integer age) {
        return age != null && age < ADULT_AGE;
    }

    /**
     * The client's details on their own and against each other; every broken rule at once. Returns
     * the cleaned alias.
     */
    private static String checkClient(ClientDetails client, Instant now) {
        var problems = new Violations();
        String alias = problems.check(() -> Texts.name("alias", client.alias(), ClientDetails.MAX_ALIAS,
                "validation.case.alias-required"));
        int currentYear = now.atZone(ZoneOffset.UTC).getYear();
        problems.check(() -> checkAge("ageNow", client.ageNow()));
        problems.check(() -> checkAge("ageAtImages", client.ageAtImages()));
        boolean birthYearPlausible = client.birthYear() == null
                || (client.birthYear() >= currentYear - 120 && client.birthYear() <= currentYear);
        if (!birthYearPlausible) {
            problems.add(DomainException.onField("birthYear", "validation.case.birth-year"));
        }
        if (problems.isEmpty()) {
            Integer ageNow = client.ageNow() != null ? client.ageNow()
                    : client.birthYear() == null ? null : currentYear - client.birthYear();
            if (client.ageNow() != null && client.birthYear() != null
                    && Math.abs(currentYear - client.birthYear() - client.ageNow()) > 1) {
                problems.add(DomainException.onField("birthYear", "validation.case.birth-year-mismatch"));
            }
            if (ageNow != null && client.ageAtImages() != null && client.ageAtImages() > ageNow) {
                problems.add(DomainException.onField("ageAtImages", "validation.case.age-at-images-future"));
            }
        }
        problems.throwIfAny();
        return alias;
    }

    private static void checkAge(String field, Integer age) {
        if (age != null && (age < 0 || age > 120)) {
            throw DomainException.onField(field, "validation.case.age");
        }
    }

    String getReference() {
        return reference;
    }

    CaseStatus getStatus() {
        return status;
    }

    WaitingOn getWaitingOn() {
        return waitingOn;
    }

    ClosingReason getClosingReason() {
        return closingReason;
    }

    Priority getPriority() {
        return priority;
    }

    IntakeChannel getIntakeChannel() {
        return intakeChannel;
    }

    Long getTeamId() {
        return teamId;
    }

    Long getCounsellorId() {
        return counsellorId;
    }

    Instant getOpenedAt() {
        return openedAt;
    }

    Instant getClosedAt() {
        return closedAt;
    }

    Instant getLastActivityAt() {
        return lastActivityAt;
    }

    String getClientAlias() {
        return clientAlias;
    }

    boolean isMinorInvolved() {
        return minorInvolved;
    }

    String getSummary() {
        return summary;
    }

    Instant getPseudonymisedAt() {
        return pseudonymisedAt;
    }

    PseudonymisationReason getPseudonymisationReason() {
        return pseudonymisationReason;
    }

    Set<HarmKind> getHarms() {
        return Set.copyOf(harms);
    }

    ClientDetails clientDetails() {
        return new ClientDetails(clientAlias, clientAgeNow, clientBirthYear, ageAtImages, preferredLanguage,
                riskMinor, riskSelfHarm, riskDeadline, contacts.stream().map(ClientContact::toDetail).toList());
    }

    @Converter
    static class PriorityConverter implements AttributeConverter<Priority, Integer> {
        @Override
        public Integer convertToDatabaseColumn(Priority priority) {
            return priority == null ? null : priority.rank();
        }

        @Override
        public Priority convertToEntityAttribute(Integer rank) {
            return rank == null ? null : Priority.ofRank(rank);
        }
    }
}
