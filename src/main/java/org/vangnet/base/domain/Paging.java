package org.vangnet.base.domain;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;

/** Guards queries against unbounded page requests (a "fetch everything" from a component, say). */
public final class Paging {

    /** No screen shows more rows at once; larger requests are cut to this size. */
    public static final int MAX_PAGE_SIZE = 500;

    private Paging() {
    }

    /** Like {@link #capped(Pageable)}, sorted by {@code fallback} when the request names no order. */
    public static Pageable capped(Pageable requested, Sort fallback) {
        Pageable capped = capped(requested);
        return capped.getSort().isSorted() ? capped
                : PageRequest.of(capped.getPageNumber(), capped.getPageSize(), fallback);
    }

    public static Pageable capped(Pageable requested) {
        if (requested.isUnpaged()) {
            return PageRequest.of(0, MAX_PAGE_SIZE);
        }
        if (requested.getPageSize() <= MAX_PAGE_SIZE) {
            return requested;
        }
        // Component requests use offsets that are multiples of their page size; a capped request starts at the same page boundary or before it.
        long offset = requested.getOffset();
        return PageRequest.of((int) (offset / MAX_PAGE_SIZE), MAX_PAGE_SIZE, requested.getSort());
    }
}
