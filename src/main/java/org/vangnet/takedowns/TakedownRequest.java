package org.vangnet.takedowns;

import jakarta.persistence.Convert;
import org.vangnet.base.crypto.EncryptedText;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.crypto.LinkLookup;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import org.vangnet.cases.CaseFacts;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.vangnet.base.domain.AbstractAggregate;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Texts;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseOwned;
import org.vangnet.takedowns.TakedownEvents.TakedownStatusChanged;

/**
 * One item (or a few, where the platform takes them together) on one platform, and where its
 * removal stands. Each move is guarded by {@link TakedownStatus} and stamps the moment it matters
 * for: submitted, acknowledged, decided, removed, escalated.
 */
@Entity
@Table(name = "takedown_request")
class TakedownRequest extends AbstractAggregate implements CaseOwned {

    /** DSA Art. 20: a decision can be appealed for at least six months. */
    static final int APPEAL_MONTHS = 6;
    /** A Belgian urgent court order gives the host six hours to remove the content. */
    static final Duration COURT_ORDER_WINDOW = Duration.ofHours(6);
    static final int REAPPEARANCE_CHECK_DAYS = 7;
    static final int MAX_TICKET = TakedownService.MAX_TICKET;
    static final int MAX_DECISION = TakedownService.MAX_DECISION;

    @Column(name = "case_id", nullable = false, updatable = false)
    private Long caseId;

    @Column(name = "case_reference", nullable = false, updatable = false, length = 20)
    private String caseReference;

    @Column(name = "minor_involved", nullable = false)
    private boolean minorInvolved;

    @Column(name = "platform_id", nullable = false, updatable = false)
    private Long platformId;

    /**
     * The case's kinds of harm, sorted and comma-separated: the notice's type of content in the
     * transparency report. Written here at creation only; {@link TakedownCaseFacts} keeps it in step
     * with the case (decision 032).
     */
    @Column(name = "harm_kinds", nullable = false, updatable = false, length = 200)
    private String harmKinds;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private TakedownStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "route", nullable = false, length = 20)
    private ReportRoute route;

    @Enumerated(EnumType.STRING)
    @Column(name = "on_behalf_of", nullable = false, length = 20)
    private OnBehalfOf onBehalfOf;

    @Convert(converter = EncryptedText.class)
    @Column(name = "content_description", nullable = false, length = NewTakedown.MAX_DESCRIPTION)
    private String contentDescription;

    @Column(name = "evidence_captured", nullable = false)
    private boolean evidenceCaptured;

    @Convert(converter = EncryptedText.class)
    @Column(name = "ticket_number", length = MAX_TICKET)
    private String ticketNumber;

    @Convert(converter = EncryptedText.class)
    @Column(name = "decision_text", length = MAX_DECISION)
    private String decisionText;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "created_by", nullable = false, updatable = false, length = 50)
    private String createdBy;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "acknowledged_at")
    private Instant acknowledgedAt;

    @Column(name = "decided_at")
    private Instant decidedAt;

    @Column(name = "removed_at")
    private Instant removedAt;

    @Column(name = "escalated_at")
    private Instant escalatedAt;

    @Column(name = "appeal_deadline")
    private LocalDate appealDeadline;

    @Column(name = "court_order_deadline")
    private Instant courtOrderDeadline;

    @Column(name = "reappearance_check_on")
    private LocalDate reappearanceCheckOn;

    @Column(name = "last_changed_at", nullable = false)
    private Instant lastChangedAt;

    @ElementCollection
    @CollectionTable(name = "takedown_item", joinColumns = @JoinColumn(name = "request_id"))
    @OrderColumn(name = "position")
    private List<Item> items = new ArrayList<>();

    protected TakedownRequest() {
    }

    TakedownRequest(CaseFacts facts, Platform platform, NewTakedown request, String createdBy, Instant now,
                    FieldCipher cipher) {
        if (request.route() == null) {
            throw DomainException.onField("route", "validation.required");
        }
        if (!platform.routes().contains(request.route())) {
            throw DomainException.onField("route", "validation.takedown.route-not-offered");
        }
        if (request.onBehalfOf() == null) {
            throw DomainException.onField("onBehalfOf", "validation.required");
        }
        String description = Texts.required("description", request.contentDescription(), NewTakedown.MAX_DESCRIPTION);
        var validated = platform.getProfile().validate(request.items(), platform.getMaxItemsPerReport());
        this.caseId = facts.caseId();
        this.caseReference = facts.reference();
        this.minorInvolved = facts.minorInvolved();
        this.harmKinds = TakedownCaseFacts.harmKinds(facts.harms());
        this.platformId = platform.getId();
        this.route = request.route();
        this.onBehalfOf = request.onBehalfOf();
        this.contentDescription = description;
        this.evidenceCaptured = request.evidenceCaptured();
        this.status = request.evidenceCaptured() ? TakedownStatus.EVIDENCE_CAPTURED : TakedownStatus.DRAFT;
        this.createdAt = now;
        this.createdBy = createdBy;
        this.lastChangedAt = now;
        // A link's keyed hash beside it: the search box finds the case by it without decrypting a row.
        validated.forEach(item -> items.add(new Item(item.kind(), item.value(), item.kind().isLink()
                ? LinkLookup.hash(cipher, item.value()).orElse(null) : null)));
    }

    /**
     * Moves the request on, stamping the moment; a platform's ticket number and decision text are
     * kept. Registers {@link TakedownStatusChanged} ({@code platformName} is for its timeline line).
     */
    void moveTo(TakedownStatus target, String ticket, String decision, Instant now, String platformName) {
        TakedownStatus from = status;
        if (target == null || !status.canMoveTo(target)) {
            throw new DomainException("validation.takedown.transition", String.valueOf(status), String.valueOf(target));
        }
        // Checked before anything changes (decision 024): a refused character leaves the request as it was.
        String ticketGiven = Texts.line("ticket", ticket, MAX_TICKET);
        String decisionGiven = Texts.optional("decision", decision, MAX_DECISION);
        LocalDate today = now.atZone(HelplineZone.ZONE).toLocalDate();
        switch (target) {
            case EVIDENCE_CAPTURED -> evidenceCaptured = true;
            case SUBMITTED -> {
                if (submittedAt == null || status == TakedownStatus.REAPPEARED) {
                    submittedAt = now;
                    removedAt = status == TakedownStatus.REAPPEARED ? null : removedAt;
                }
                if (route == ReportRoute.COURT_ORDER) {
                    courtOrderDeadline = now.plus(COURT_ORDER_WINDOW);
                }
            }
            case ACKNOWLEDGED -> acknowledgedAt = now;
            case REMOVED, RESTRICTED, REFUSED -> {
                decidedAt = now;
                appealDeadline = target == TakedownStatus.REMOVED ? null : today.plusMonths(APPEAL_MONTHS);
                if (target == TakedownStatus.REMOVED) {
                    removedAt = now;
                    reappearanceCheckOn = today.plusDays(REAPPEARANCE_CHECK_DAYS);
                }
            }
            case ESCALATED -> escalatedAt = escalatedAt == null ? now : escalatedAt;
            case REAPPEARED -> reappearanceCheckOn = null;
            default -> {
            }
        }
        if (ticketGiven != null) {
            ticketNumber = ticketGiven;
        }
        if (decisionGiven != null) {
            decisionText = decisionGiven;
        }
        status = target;
        lastChangedAt = now;
        registerEvent(new TakedownStatusChanged(caseId, getId(), platformName, from, target));
    }

    TakedownView toView(String platformName) {
        return new TakedownView(getId(), getVersion(), caseId, caseReference, platformId, platformName, status, route,
                onBehalfOf, items.stream().map(Item::toItem).toList(), contentDescription, evidenceCaptured,
                ticketNumber, decisionText, createdAt, submittedAt, acknowledgedAt, decidedAt, removedAt, escalatedAt,
                appealDeadline, courtOrderDeadline, reappearanceCheckOn);
    }

    public Long getCaseId() {
        return caseId;
    }

    Instant getCourtOrderDeadline() {
        return courtOrderDeadline;
    }

    LocalDate getAppealDeadline() {
        return appealDeadline;
    }

    Long getPlatformId() {
        return platformId;
    }

    TakedownStatus getStatus() {
        return status;
    }

    OnBehalfOf getOnBehalfOf() {
        return onBehalfOf;
    }

    boolean isMinorInvolved() {
        return minorInvolved;
    }

    boolean isEscalated() {
        return escalatedAt != null;
    }

    List<TakedownItem> items() {
        return items.stream().map(Item::toItem).toList();
    }

    String getContentDescription() {
        return contentDescription;
    }

    String getCaseReference() {
        return caseReference;
    }

    /** An item as stored. */
    @Embeddable
    static class Item {
        @Enumerated(EnumType.STRING)
        @Column(name = "kind", nullable = false, length = 20)
        private ItemKind kind;

        @Convert(converter = EncryptedText.class)
        @Column(name = "value", nullable = false, length = PlatformProfile.MAX_VALUE)
        private String value;

        @Column(name = "link_hash", length = 64)
        private String linkHash;

        protected Item() {
        }

        Item(ItemKind kind, String value, String linkHash) {
            this.kind = kind;
            this.value = value;
            this.linkHash = linkHash;
        }

        TakedownItem toItem() {
            return new TakedownItem(kind, value);
        }
    }
}
