package org.vangnet.advice;

import java.time.Instant;
import java.time.LocalDate;

/** A step's state as it was marked on a case: the state, its date, when it was recorded and by whom (user name). */
public record AdviceMarkView(Long stepId, AdviceState state, LocalDate date, Instant markedAt, String markedBy) {
}
