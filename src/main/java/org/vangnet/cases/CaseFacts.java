package org.vangnet.cases;

/**
 * What other modules need to know of a case to act on it: its reference, whether it involves a
 * minor (no images, child helpline, notices without notifier identity), when and through which
 * channel it was opened (the intake contact), its kinds of harm (the advice that applies). No
 * personal data.
 */
public record CaseFacts(Long caseId, String reference, Long teamId, boolean minorInvolved,
                        java.time.Instant openedAt, IntakeChannel intakeChannel, java.util.Set<HarmKind> harms) {

    public CaseFacts {
        harms = harms == null ? java.util.Set.of() : java.util.Set.copyOf(harms);
    }
}
