package org.vangnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.vangnet.cases.CaseCount.Kind;

class CaseCountTest {

    @Test
    void aListCountedToItsEndIsExactWhateverThePlannerThinks() {
        assertThat(CaseCount.of(0, 0)).isEqualTo(new CaseCount(0, Kind.EXACT));
        assertThat(CaseCount.of(10_000, 250_000)).isEqualTo(new CaseCount(10_000, Kind.EXACT));
    }

    @Test
    void aLongerListShowsThePlannersEstimateRoundedToTwoDigits() {
        assertThat(CaseCount.of(10_001, 110_182)).isEqualTo(new CaseCount(110_000, Kind.ESTIMATE));
        assertThat(CaseCount.of(10_001, 11_359)).isEqualTo(new CaseCount(11_000, Kind.ESTIMATE));
        assertThat(CaseCount.of(10_001, 1_049_999)).isEqualTo(new CaseCount(1_000_000, Kind.ESTIMATE));
    }

    @Test
    void anEstimateBelowWhatWasCountedIsNotShownOnlyTheCertainBound() {
        // counsellor001 at a million cases: 11,359 cases, which the planner put at 10,458 ("about 10,000").
        assertThat(CaseCount.of(10_001, 10_458)).isEqualTo(new CaseCount(10_000, Kind.MORE_THAN));
        assertThat(CaseCount.of(10_001, 6_200)).isEqualTo(new CaseCount(10_000, Kind.MORE_THAN));
        assertThat(CaseCount.of(10_001, 10_000)).isEqualTo(new CaseCount(10_000, Kind.MORE_THAN));
        assertThat(CaseCount.of(10_001, 0).exact()).isFalse();
    }
}
