package org.vangnet.takedowns;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A takedown request as screens show it. Carries no client data: the institute sees this too. */
public record TakedownView(Long id, long version, Long caseId, String caseReference, Long platformId,
                           String platformName, TakedownStatus status, ReportRoute route, OnBehalfOf onBehalfOf,
                           List<TakedownItem> items, String contentDescription, boolean evidenceCaptured,
                           String ticketNumber, String decisionText, Instant createdAt, Instant submittedAt,
                           Instant acknowledgedAt, Instant decidedAt, Instant removedAt, Instant escalatedAt,
                           LocalDate appealDeadline, Instant courtOrderDeadline, LocalDate reappearanceCheckOn) {
}
