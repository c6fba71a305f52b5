package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The documented rate: one credit per started minute of audio per service. */
class CreditsCostTest {

    @Test
    void everyStartedMinuteCountsPerService() {
        assertThat(Credits.cost(60, 1)).isEqualTo(1);
        assertThat(Credits.cost(60.01, 1)).isEqualTo(2);
        assertThat(Credits.cost(87.52, 2)).isEqualTo(4);
        assertThat(Credits.cost(3600, 3)).isEqualTo(180);
    }

    @Test
    void anyAudioCostsAtLeastOneCreditPerService() {
        assertThat(Credits.cost(0, 1)).isEqualTo(1);
        assertThat(Credits.cost(0.2, 5)).isEqualTo(5);
        assertThat(Credits.cost(Double.NaN, 2)).isEqualTo(2);
    }

    @Test
    void aTaskHasAtLeastOneService() {
        assertThatThrownBy(() -> Credits.cost(10, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
