package org.vangnet.cases;

/**
 * What other modules need to know of a case to act on it: its reference and whether it involves
 * a minor (no images, child helpline, notices without notifier identity). No personal data.
 */
public record CaseFacts(Long caseId, String reference, Long teamId, boolean minorInvolved) {
}
