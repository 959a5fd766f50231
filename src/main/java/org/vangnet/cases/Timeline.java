package org.vangnet.cases;

import java.time.Clock;
import java.util.List;
import org.springframework.stereotype.Component;
import org.vangnet.base.domain.DomainException;
import org.vangnet.security.CurrentUser;

/**
 * Writes the timeline: this module's own lines and, through {@link CaseRecordKeeper}, every
 * {@link CaseActivity}. Always in the caller's transaction, so the entry and the change stand or fall together.
 */
@Component
class Timeline {

    static final String SYSTEM = "(system)";

    private final TimelineEntryRepository entries;
    private final CaseFileRepository cases;
    private final CurrentUser currentUser;
    private final Clock clock;

    Timeline(TimelineEntryRepository entries, CaseFileRepository cases, CurrentUser currentUser, Clock clock) {
        this.entries = entries;
        this.cases = cases;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    TimelineEntry record(Long caseId, String type, String messageKey, List<String> arguments) {
        return save(new TimelineEntry(caseId, clock.instant(), actor(), type, messageKey, arguments, null, null));
    }

    TimelineEntry note(Long caseId, String body, Long correctsId) {
        return save(new TimelineEntry(caseId, clock.instant(), actor(), correctsId == null ? "NOTE" : "CORRECTION",
                null, List.of(), body, correctsId));
    }

    /**
     * Every change to a case, from any module, lands here in its own transaction: refusing the entry
     * for a pseudonymised case (the touch finds no case to mark) refuses the change with it.
     */
    private TimelineEntry save(TimelineEntry entry) {
        if (cases.touch(entry.getCaseId(), clock.instant()) == 0) {
            throw new DomainException("validation.case.pseudonymised");
        }
        return entries.save(entry);
    }

    private String actor() {
        return currentUser.get().map(u -> u.getUsername()).orElse(SYSTEM);
    }
}
