package org.vangnet.base.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class HistogramTest {

    @Test
    void nothingRemovedHasNoPercentile() {
        assertThat(new Histogram().percentile(0.5)).isNull();
        assertThat(new Histogram().add(7, 0).percentile(0.9)).isNull();
    }

    @Test
    void interpolatesBetweenNeighboursLikePercentileCont() {
        // percentile_cont(0.5) of 2, 4, 10 is 4; of 0.9 it is 4 + 0.8 * (10 - 4) = 8.8.
        var hours = new Histogram().add(10, 1).add(2, 1).add(4, 1);
        assertThat(hours.percentile(0.5)).isEqualTo(4.0);
        assertThat(hours.percentile(0.9)).isCloseTo(8.8, offset(1e-9));
        assertThat(hours.percentile(0)).isEqualTo(2.0);
        assertThat(hours.percentile(1)).isEqualTo(10.0);
    }

    @Test
    void countsAreRepeatedValues() {
        // 1, 1, 1, 5: the median sits between the second and third 1; the 90th between 1 and 5.
        var hours = new Histogram().add(1, 2).add(5, 1).add(1, 1);
        assertThat(hours.percentile(0.5)).isEqualTo(1.0);
        assertThat(hours.percentile(0.9)).isCloseTo(1 + 0.7 * 4, offset(1e-9));
    }

    @Test
    void addingAHistogramCountsEverythingOfBoth() {
        var both = new Histogram().add(1, 1).addAll(new Histogram().add(1, 1).add(5, 2));
        assertThat(both.total()).isEqualTo(4);
        assertThat(both.percentile(0.5)).isEqualTo(3.0);
    }

    @Test
    void refusesWhatIsNotAFractionOrACount() {
        assertThatThrownBy(() -> new Histogram().percentile(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Histogram().add(3, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
