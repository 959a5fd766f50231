package org.vangnet.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.vangnet.base.domain.Paging;

class PagingTest {

    @Test
    void aReasonablePageIsLeftAlone() {
        var requested = PageRequest.of(3, 50, Sort.by("name"));
        assertThat(Paging.capped(requested)).isSameAs(requested);
    }

    @Test
    void aRequestForEverythingIsCutToTheMaximumPage() {
        assertThat(Paging.capped(PageRequest.of(0, Integer.MAX_VALUE)).getPageSize()).isEqualTo(Paging.MAX_PAGE_SIZE);
        assertThat(Paging.capped(Pageable.unpaged()).getPageSize()).isEqualTo(Paging.MAX_PAGE_SIZE);
    }

    @Test
    void anUnsortedRequestGetsTheFallbackOrderButAChosenOrderWins() {
        assertThat(Paging.capped(PageRequest.of(0, 10), Sort.by("displayName")).getSort())
                .isEqualTo(Sort.by("displayName"));
        assertThat(Paging.capped(PageRequest.of(0, 10, Sort.by("role")), Sort.by("displayName")).getSort())
                .isEqualTo(Sort.by("role"));
    }
}
