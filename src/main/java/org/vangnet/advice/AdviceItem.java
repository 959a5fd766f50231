package org.vangnet.advice;

import java.time.LocalDate;

/** One step of a case's checklist: the step, and its state and date on this case ({@code null} while not yet advised). */
public record AdviceItem(AdviceStepDetails step, AdviceState state, LocalDate date, long version) {
}
