package org.vangnet.cases;

import java.time.Instant;
import java.util.List;

/**
 * What the one search box found: the cases the user may open, each with what matched, and, per
 * identifier found in cases outside the user's scope, how many such cases there are (counted,
 * never named, as on the sextortion tab).
 */
public record CaseSearchResult(List<Hit> hits, List<Elsewhere> elsewhere, boolean moreHits) {

    public CaseSearchResult {
        hits = List.copyOf(hits);
        elsewhere = List.copyOf(elsewhere);
    }

    /** A case the user may open; {@code matchedOn} are translation keys of what matched. */
    public record Hit(Long caseId, String reference, String alias, CaseStatus status, Instant openedAt,
                      List<String> matchedOn) {

        public Hit {
            matchedOn = List.copyOf(matchedOn);
        }
    }

    /** {@code cases} cases the user may not open also hold what {@code labelKey} names. */
    public record Elsewhere(String labelKey, int cases) {
    }
}
