package org.vangnet.cases;

import java.time.LocalDate;
import java.util.Set;

/**
 * What the case list is narrowed to. Empty or {@code null} means "any".
 *
 * @param text a reference ({@code VN-2026-000123}, or just its number) or the start of an alias
 */
public record CaseFilter(Set<CaseStatus> statuses, HarmKind harm, Priority priority, Long counsellorId,
                         Long teamId, LocalDate openedFrom, LocalDate openedTo, String text,
                         boolean closingToApprove) {

    public static final CaseFilter NONE = new CaseFilter(Set.of(), null, null, null, null, null, null, null);

    public CaseFilter {
        statuses = statuses == null ? Set.of() : Set.copyOf(statuses);
    }

    /** Without the "closings to approve" narrowing. */
    public CaseFilter(Set<CaseStatus> statuses, HarmKind harm, Priority priority, Long counsellorId, Long teamId,
            LocalDate openedFrom, LocalDate openedTo, String text) {
        this(statuses, harm, priority, counsellorId, teamId, openedFrom, openedTo, text, false);
    }
}
