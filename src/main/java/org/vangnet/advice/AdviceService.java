package org.vangnet.advice;

import static org.vangnet.security.Permissions.ADVICE_MANAGE;
import static org.vangnet.security.Permissions.CASE_READ;
import static org.vangnet.security.Permissions.CASE_WRITE;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.advice.AdviceEvents.AdviceMarked;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Paging;
import org.vangnet.base.time.HelplineZone;
import org.vangnet.cases.CaseAccess;
import org.vangnet.cases.HarmKind;
import org.vangnet.security.CurrentUser;

/**
 * A case's checklist of the leaflets' advice, and the catalogue of steps administrators keep. The
 * checklist holds the active steps for the case's kinds of harm and the client's age, plus any step
 * already marked on the case.
 */
@Service
public class AdviceService {

    static final String AUDIT_TYPE = "CASE_ADVICE";
    static final String AUDIT_STEP = "ADVICE_STEP";
    static final String AUDIT_HISTORY = "CASE_ADVICE_HISTORY";

    private final AdviceStepRepository steps;
    private final CaseAdviceRepository marks;
    private final AdviceMarkRepository history;
    private final CaseAccess access;
    private final CurrentUser currentUser;
    private final AuditTrail auditTrail;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    AdviceService(AdviceStepRepository steps, CaseAdviceRepository marks, AdviceMarkRepository history, CaseAccess access,
                  CurrentUser currentUser, AuditTrail auditTrail, ApplicationEventPublisher events, Clock clock) {
        this.steps = steps;
        this.marks = marks;
        this.history = history;
        this.access = access;
        this.currentUser = currentUser;
        this.auditTrail = auditTrail;
        this.events = events;
        this.clock = clock;
    }

    /** The case's checklist, in the leaflets' order. Not read-only: the read is audited. */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public List<AdviceItem> checklist(Long caseId) {
        var facts = access.facts(caseId);
        auditTrail.record(AuditEntry.read(AUDIT_TYPE, caseId).inCase(caseId));
        return items(caseId, facts.harms(), facts.minorInvolved());
    }

    @PreAuthorize("hasAuthority('" + CASE_WRITE + "')")
    @Transactional
    public void mark(Long caseId, Long stepId, long expectedVersion, AdviceState state, LocalDate date) {
        access.requireAccess(caseId);
        var step = steps.findById(stepId).orElseThrow(() -> new DomainException("error.not-found"));
        var mark = marks.findByCaseIdAndStepId(caseId, stepId).orElseGet(() -> new CaseAdvice(caseId, stepId));
        ConcurrentChangeException.check(mark, expectedVersion);
        String by = currentUser.require().getUsername();
        mark.mark(state, date, clock.instant().atZone(HelplineZone.ZONE).toLocalDate(), clock.instant(), by);
        marks.saveAndFlush(mark);
        history.save(new AdviceMark(caseId, stepId, state, date, clock.instant(), by));
        // Audited by case: the case's checklist is the object, the step and state are the detail.
        events.publishEvent(new AdviceMarked(caseId, stepId, step.toDetails().code(), state));
    }

    /**
     * How one step's state changed on the case, newest first: each mark with its date, when and by
     * whom. Not read-only: the read is audited with the case.
     */
    @PreAuthorize("hasAuthority('" + CASE_READ + "')")
    @Transactional
    public Slice<AdviceMarkView> history(Long caseId, Long stepId, Pageable pageable) {
        access.requireAccess(caseId);
        auditTrail.record(AuditEntry.read(AUDIT_HISTORY, caseId).inCase(caseId).withDetail("step:" + stepId));
        return history.findByCaseIdAndStepIdOrderByMarkedAtDescIdDesc(caseId, stepId, Paging.capped(pageable))
                .map(AdviceMark::toView);
    }

    /** Steps that count as open on this case: marked advised but neither done nor not applicable. */
    List<String> openStepCodes(Long caseId) {
        var byId = steps.findAllById(marks.findByCaseId(caseId).stream().map(CaseAdvice::getStepId).toList()).stream()
                .collect(Collectors.toMap(AdviceStep::getId, Function.identity()));
        return marks.findByCaseId(caseId).stream()
                .filter(m -> m.getState() == AdviceState.ADVISED && byId.get(m.getStepId()).isOpenItem())
                .map(m -> byId.get(m.getStepId()).toDetails().code()).toList();
    }

    @PreAuthorize("hasAuthority('" + ADVICE_MANAGE + "')")
    @Transactional(readOnly = true)
    public Slice<AdviceStepDetails> steps(Pageable pageable) {
        return steps.findBy(Paging.capped(pageable, Sort.by("sortOrder", "id"))).map(AdviceStep::toDetails);
    }

    @PreAuthorize("hasAuthority('" + ADVICE_MANAGE + "')")
    @Transactional
    public void update(AdviceStepDetails details) {
        var step = steps.findById(details.id()).orElseThrow(() -> new DomainException("error.not-found"));
        ConcurrentChangeException.check(step, details.version());
        step.update(details);
        steps.flush();
        auditTrail.record(AuditEntry.updated(AUDIT_STEP, details.id(), details.active() ? "active" : "inactive"));
    }

    private List<AdviceItem> items(Long caseId, Set<HarmKind> harms, boolean minor) {
        Map<Long, CaseAdvice> marked = marks.findByCaseId(caseId).stream()
                .collect(Collectors.toMap(CaseAdvice::getStepId, Function.identity()));
        return steps.findAllByOrderBySortOrderAscIdAsc().stream()
                .filter(s -> s.appliesTo(harms, minor) || marked.containsKey(s.getId()))
                .map(s -> {
                    var m = marked.get(s.getId());
                    return m == null ? new AdviceItem(s.toDetails(), null, null, 0)
                            : new AdviceItem(s.toDetails(), m.getState(), m.getDate(), m.getVersion());
                }).toList();
    }
}
