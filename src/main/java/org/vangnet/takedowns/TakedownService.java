package org.vangnet.takedowns;

import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.TAKEDOWN_WRITE;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.crypto.FieldCipher;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.cases.CaseAccess;
import org.vangnet.cases.CaseEntities;
import org.vangnet.cases.ConsentAction;
import org.vangnet.cases.ConsentService;
import org.vangnet.security.CurrentUser;
import org.vangnet.security.StepUp;
import org.vangnet.takedowns.TakedownEvents.TakedownCreated;
import org.vangnet.takedowns.TakedownEvents.TakedownStatusChanged;

/**
 * Takedown requests of a case: create them per platform, move them through their life, escalate
 * them to the institute. Reporting in the client's name and sharing with the institute need the
 * client's consent; the case module says whether it holds.
 */
@Service
public class TakedownService {

    /** The longest ticket number a platform gives and the longest decision text kept, in characters. */
    public static final int MAX_TICKET = 100;
    public static final int MAX_DECISION = 2000;

    static final String AUDIT_TYPE = "TAKEDOWN";

    private final TakedownRequestRepository requests;
    private final TakedownTransitionRepository transitions;
    private final PlatformRepository platforms;
    private final CaseAccess caseAccess;
    private final CaseEntities caseEntities;
    private final ConsentService consents;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final StepUp stepUp;
    private final Clock clock;
    private final FieldCipher cipher;

    TakedownService(TakedownRequestRepository requests, TakedownTransitionRepository transitions,
                    PlatformRepository platforms, CaseAccess caseAccess, CaseEntities caseEntities, ConsentService consents,
                    CurrentUser currentUser, AuditTrail auditTrail, ApplicationEventPublisher events, StepUp stepUp,
                    Clock clock, FieldCipher cipher) {
        this.cipher = cipher;
        this.stepUp = stepUp;
        this.requests = requests;
        this.transitions = transitions;
        this.platforms = platforms;
        this.caseAccess = caseAccess;
        this.caseEntities = caseEntities;
        this.consents = consents;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    @PreAuthorize("hasAuthority('" + TAKEDOWN_WRITE + "')")
    @Transactional
    public Long create(Long caseId, NewTakedown request) {
        var facts = caseAccess.facts(caseId);
        if (request.platformId() == null) {
            throw DomainException.onField("platform", "validation.required");
        }
        var platform = platforms.findById(request.platformId()).filter(Platform::isActive)
                .orElseThrow(() -> DomainException.onField("platform", "error.not-found"));
        if (request.onBehalfOf() == OnBehalfOf.CLIENT) {
            consents.require(caseId, ConsentAction.REPORT_IN_CLIENT_NAME);
        }
        var saved = requests.save(new TakedownRequest(facts, platform,
                request, currentUser.require().getUsername(), clock.instant(), cipher));
        recordTransition(saved.getId(), null, saved.getStatus());
        events.publishEvent(new TakedownCreated(caseId, saved.getId(), platform.getName(), saved.getStatus(),
                platform.getCode()));
        return saved.getId();
    }

    /**
     * Moves a request on. Submitting in the client's name needs that consent to still hold;
     * escalating to the institute needs consent to share with it.
     */
    @PreAuthorize("hasAuthority('" + TAKEDOWN_WRITE + "')")
    @Transactional
    public void changeStatus(Long caseId, Long requestId, long expectedVersion, TakedownStatus target, String ticket,
                             String decision) {
        var request = caseEntities.requireAt(caseId, requests, requestId, expectedVersion);
        if (target == TakedownStatus.SUBMITTED && request.getOnBehalfOf() == OnBehalfOf.CLIENT) {
            consents.require(caseId, ConsentAction.REPORT_IN_CLIENT_NAME);
        }
        if (target == TakedownStatus.ESCALATED) {
            consents.require(caseId, ConsentAction.SHARE_WITH_INSTITUTE);
            // Sharing the case with the institute cannot be taken back: a recent second factor (decision 021).
            stepUp.require();
        }
        move(request, target, ticket, decision);
    }

    /** The requests of a case, newest first, with their platform's name. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<TakedownView> forCase(Long caseId) {
        caseAccess.requireAccess(caseId);
        var list = requests.findByCaseIdOrderByCreatedAtDesc(caseId);
        Map<Long, String> names = platformNames(list.stream().map(TakedownRequest::getPlatformId).toList());
        return list.stream().map(r -> r.toView(names.get(r.getPlatformId()))).toList();
    }

    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional(readOnly = true)
    public List<TransitionView> history(Long caseId, Long requestId) {
        caseEntities.require(caseId, requests, requestId);
        return transitions.history(requestId).stream().map(TakedownTransition::toView).toList();
    }

    /**
     * The request says what happened ({@link TakedownStatusChanged}, published on save): the cases
     * module writes its timeline line and audit line, follow-ups react, all in this transaction.
     */
    void move(TakedownRequest request, TakedownStatus target, String ticket, String decision) {
        TakedownStatus from = request.getStatus();
        var courtOrderBefore = request.getCourtOrderDeadline();
        var appealBefore = request.getAppealDeadline();
        String platformName = platformNames(List.of(request.getPlatformId())).get(request.getPlatformId());
        request.moveTo(target, ticket, decision, clock.instant(), platformName);
        requests.saveAndFlush(request);
        recordTransition(request.getId(), from, target);
        if (!java.util.Objects.equals(courtOrderBefore, request.getCourtOrderDeadline())
                || !java.util.Objects.equals(appealBefore, request.getAppealDeadline())) {
            events.publishEvent(new TakedownEvents.TakedownDeadlinesSet(request.getCaseId(), request.getId(),
                    request.getCourtOrderDeadline(), request.getAppealDeadline()));
        }
    }

    Map<Long, String> platformNames(List<Long> ids) {
        return platforms.findAllById(ids.stream().distinct().toList()).stream()
                .collect(Collectors.toMap(Platform::getId, Platform::getName, (a, b) -> a));
    }

    private void recordTransition(Long requestId, TakedownStatus from, TakedownStatus to) {
        var user = currentUser.require();
        transitions.save(new TakedownTransition(requestId, from, to, clock.instant(), user.getUsername(),
                user.role().name()));
    }
}
