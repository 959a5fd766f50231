package org.vangnet.cases;

import java.time.Instant;
import java.util.Set;

/**
 * What other modules need to know of a case to act on it: its reference, team, whether it involves
 * a minor (no images, child helpline, notices without notifier identity), when and through which
 * channel it was opened (the first contact), its kinds of harm (which advice applies) and whether it
 * is closed (nothing new is planned on a closed case). No
 * personal data. Other modules ask for these instead of reading the cases module's tables.
 */
public record CaseFacts(Long caseId, String reference, Long teamId, boolean minorInvolved, Instant openedAt,
                        IntakeChannel intakeChannel, Set<HarmKind> harms, boolean closed) {

    public CaseFacts {
        harms = Set.copyOf(harms);
    }
}
