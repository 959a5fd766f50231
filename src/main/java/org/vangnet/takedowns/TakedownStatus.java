package org.vangnet.takedowns;

import static java.util.EnumSet.of;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a takedown request stands. Transitions are guarded; every one is timestamped and by whom.
 * A removal can turn out not to last: "reappeared" starts the request's life again.
 */
public enum TakedownStatus {
    DRAFT, EVIDENCE_CAPTURED, SUBMITTED, ACKNOWLEDGED, INFO_REQUESTED, REMOVED, RESTRICTED, REFUSED, APPEALED,
    ESCALATED, REAPPEARED, WITHDRAWN, CLOSED;

    public Set<TakedownStatus> next() {
        return switch (this) {
            case DRAFT -> of(EVIDENCE_CAPTURED, SUBMITTED, WITHDRAWN);
            case EVIDENCE_CAPTURED -> of(SUBMITTED, WITHDRAWN);
            case SUBMITTED -> of(ACKNOWLEDGED, INFO_REQUESTED, REMOVED, RESTRICTED, REFUSED, ESCALATED, WITHDRAWN);
            case ACKNOWLEDGED -> of(INFO_REQUESTED, REMOVED, RESTRICTED, REFUSED, ESCALATED, WITHDRAWN);
            case INFO_REQUESTED -> of(SUBMITTED, WITHDRAWN);
            case REMOVED -> of(REAPPEARED, CLOSED);
            case RESTRICTED, REFUSED -> of(APPEALED, ESCALATED, CLOSED);
            case APPEALED -> of(REMOVED, RESTRICTED, REFUSED, ESCALATED, WITHDRAWN);
            case ESCALATED -> of(REMOVED, RESTRICTED, REFUSED, WITHDRAWN);
            case REAPPEARED -> of(SUBMITTED, ESCALATED, WITHDRAWN, CLOSED);
            case WITHDRAWN -> of(CLOSED);
            case CLOSED -> EnumSet.noneOf(TakedownStatus.class);
        };
    }

    public boolean canMoveTo(TakedownStatus target) {
        return next().contains(target);
    }

    /** A platform's decision on the request. */
    public boolean isDecision() {
        return this == REMOVED || this == RESTRICTED || this == REFUSED;
    }

    /** Still needs someone's attention (not removed for good, not withdrawn, not closed). */
    public boolean isOpen() {
        return this != REMOVED && this != WITHDRAWN && this != CLOSED;
    }
}
