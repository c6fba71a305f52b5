package dev.earshot.engine.speech.diarization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.speech.VadSettings;
import org.junit.jupiter.api.Test;

class DiarizationSettingsTest {

    private static final VadSettings VAD = VadSettings.DEFAULTS;

    @Test
    void absentParametersMeanAnyCountFromOneToTen() {
        DiarizationSettings settings = DiarizationSettings.of(null, null, null, VAD);

        assertThat(settings).isEqualTo(DiarizationSettings.DEFAULTS);
        assertThat(settings.minSpeakers()).isEqualTo(1);
        assertThat(settings.maxSpeakers()).isEqualTo(10);
        assertThat(settings.fixedCount()).isFalse();
    }

    @Test
    void numSpeakersFixesTheCountAndMayLieInsideTheBounds() {
        assertThat(DiarizationSettings.of(3, null, null, VAD)).isEqualTo(new DiarizationSettings(3, 3, VAD));
        assertThat(DiarizationSettings.of(3, 2, 4, VAD).fixedCount()).isTrue();
        assertThat(DiarizationSettings.of(null, 2, null, VAD)).isEqualTo(new DiarizationSettings(2, 10, VAD));
        assertThat(DiarizationSettings.of(null, null, 4, VAD)).isEqualTo(new DiarizationSettings(1, 4, VAD));
    }

    @Test
    void countsOutsideOneToTenAreRefusedByParameterName() {
        assertThatThrownBy(() -> DiarizationSettings.of(0, null, null, VAD)).hasMessageContaining("num_speakers");
        assertThatThrownBy(() -> DiarizationSettings.of(11, null, null, VAD)).hasMessageContaining("num_speakers");
        assertThatThrownBy(() -> DiarizationSettings.of(null, -1, null, VAD)).hasMessageContaining("min_speakers");
        assertThatThrownBy(() -> DiarizationSettings.of(null, null, 12, VAD)).hasMessageContaining("max_speakers");
    }

    @Test
    void contradictoryBoundsAreRefused() {
        assertThatThrownBy(() -> DiarizationSettings.of(null, 5, 3, VAD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not exceed");
        assertThatThrownBy(() -> DiarizationSettings.of(6, null, 4, VAD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> DiarizationSettings.of(2, 3, null, VAD))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
        assertThatThrownBy(() -> new DiarizationSettings(1, 2, null)).isInstanceOf(NullPointerException.class);
    }
}
