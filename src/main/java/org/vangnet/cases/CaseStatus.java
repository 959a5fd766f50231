package org.vangnet.cases;

import java.util.EnumSet;
import java.util.Set;

/** Where a case is in its life. Transitions are guarded: a closed case must be reopened first. */
public enum CaseStatus {
    NEW, ACTIVE, WAITING, CLOSED, REOPENED;

    /** The statuses this one may move to. */
    public Set<CaseStatus> next() {
        return switch (this) {
            case NEW -> EnumSet.of(ACTIVE, CLOSED);
            case ACTIVE -> EnumSet.of(WAITING, CLOSED);
            case WAITING -> EnumSet.of(ACTIVE, CLOSED);
            case CLOSED -> EnumSet.of(REOPENED);
            case REOPENED -> EnumSet.of(ACTIVE, WAITING, CLOSED);
        };
    }

    public boolean canMoveTo(CaseStatus target) {
        return next().contains(target);
    }

    public boolean isOpen() {
        return this != CLOSED;
    }
}
