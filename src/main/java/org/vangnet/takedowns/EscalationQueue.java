package org.vangnet.takedowns;

import static org.vangnet.security.Permissions.ESCALATION_HANDLE;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.SliceImpl;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.vangnet.base.audit.AuditEntry;
import org.vangnet.base.audit.AuditTrail;
import org.vangnet.base.domain.ConcurrentChangeException;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.Paging;

/**
 * The equality institute's queue: requests a helpline escalated, and only those, in the query.
 * It shows platform, items, dates, history and the case reference — never the client's name,
 * contact details or age — and lets the institute record what the platform did.
 */
@Service
public class EscalationQueue {

    /** What the institute can record once it pushed a request through its priority channel. */
    static final Set<TakedownStatus> OUTCOMES = EnumSet.of(TakedownStatus.REMOVED, TakedownStatus.RESTRICTED,
            TakedownStatus.REFUSED);

    private final TakedownRequestRepository requests;
    private final TakedownTransitionRepository transitions;
    private final TakedownService takedowns;
    private final AuditTrail auditTrail;

    EscalationQueue(TakedownRequestRepository requests, TakedownTransitionRepository transitions,
                    TakedownService takedowns, AuditTrail auditTrail) {
        this.requests = requests;
        this.transitions = transitions;
        this.takedowns = takedowns;
        this.auditTrail = auditTrail;
    }

    @PreAuthorize("hasAuthority('" + ESCALATION_HANDLE + "')")
    @Transactional
    public Slice<TakedownView> find(Pageable pageable) {
        Slice<Long> ids = requests.findEscalatedIds(Paging.capped(pageable));
        Map<Long, TakedownRequest> found = requests.findAllById(ids.getContent()).stream()
                .collect(Collectors.toMap(TakedownRequest::getId, Function.identity()));
        List<TakedownRequest> page = ids.getContent().stream().map(found::get).filter(Objects::nonNull).toList();
        Map<Long, String> names = takedowns.platformNames(page.stream().map(TakedownRequest::getPlatformId).toList());
        auditTrail.record(AuditEntry.read("ESCALATION_QUEUE", null).withDetail("rows:" + page.size()));
        return new SliceImpl<>(page.stream().map(r -> r.toView(names.get(r.getPlatformId()))).toList(),
                ids.getPageable(), ids.hasNext());
    }

    @PreAuthorize("hasAuthority('" + ESCALATION_HANDLE + "')")
    @Transactional(readOnly = true)
    public List<TransitionView> history(Long requestId) {
        escalated(requestId);
        return transitions.history(requestId).stream().map(TakedownTransition::toView).toList();
    }

    /** Records the platform's decision on an escalated request, with its ticket number and decision text. */
    @PreAuthorize("hasAuthority('" + ESCALATION_HANDLE + "')")
    @Transactional
    public void recordOutcome(Long requestId, long expectedVersion, TakedownStatus outcome, String ticket,
                              String decision) {
        var request = escalated(requestId);
        ConcurrentChangeException.check(request, expectedVersion);
        if (!OUTCOMES.contains(outcome)) {
            throw DomainException.onField("outcome", "validation.takedown.outcome");
        }
        takedowns.move(request, outcome, ticket, decision);
    }

    private TakedownRequest escalated(Long requestId) {
        return requests.findById(requestId).filter(TakedownRequest::isEscalated)
                .orElseThrow(() -> new DomainException("error.not-found"));
    }
}
