package org.vangnet.cases;

/** Who handles a case: its reference, team and counsellor ({@code null} while unassigned). No content. */
public record CaseHandler(Long caseId, String reference, Long teamId, Long counsellorId) {
}
