package dev.earshot.engine.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.withinPercentage;

import dev.earshot.engine.artifacts.ArtifactEvent;
import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ArtifactInjectionTest {

    private static final AudioFormat STEREO = new AudioFormat(16_000, 2);

    @TempDir
    Path dir;

    @Test
    void plansSpansOfEveryTypeApartFromEachOtherAndFromTheEnds() {
        List<ArtifactInjection.Span> spans = ArtifactInjection.plan(ArtifactInjection.TYPES, 3, 200, 1.5, 1);

        assertThat(spans).hasSize(27);
        assertThat(spans.get(0).startSeconds()).isGreaterThanOrEqualTo(1.5);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).startSeconds() - spans.get(i - 1).endSeconds()).isGreaterThanOrEqualTo(1.5);
        }
        assertThat(spans.get(spans.size() - 1).endSeconds()).isLessThanOrEqualTo(198.5);
        assertThatThrownBy(() -> ArtifactInjection.plan(ArtifactInjection.TYPES, 30, 60, 1.5, 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void labelsEachArtifactWithTheSpanItReallyTook() {
        InjectedAudio audio = ArtifactInjection.generated(STEREO, 60,
                ArtifactInjection.plan(List.of("dropout", "clipping", "long_pause"), 2, 60, 1.5, 2), 2);

        assertThat(audio.labels()).extracting(ArtifactEvent::type).containsOnly("dropout", "clipping", "long_pause");
        for (ArtifactEvent dropout : audio.labels("dropout")) {
            for (int i = sample(dropout.startMs() + 1); i < sample(dropout.endMs() - 1); i++) {
                assertThat(audio.samples()[2 * i]).isZero();
                assertThat(audio.samples()[2 * i + 1]).isZero();
            }
        }
        for (ArtifactEvent clipping : audio.labels("clipping")) {
            float peak = 0;
            for (int i = sample(clipping.startMs()); i < sample(clipping.endMs()); i++) {
                peak = Math.max(peak, Math.abs(audio.samples()[2 * i]));
            }
            assertThat(peak).isBetween(0.7f, 1.0f);
        }
        for (ArtifactEvent pause : audio.labels("long_pause")) {
            float[] left = Pcm.channel(audio.samples(), 2, 0);
            assertThat(pause.durationMs()).isGreaterThanOrEqualTo(880);
            assertThat(Signals.rms(left, sample(pause.startMs() + 20), sample(pause.endMs() - 20)))
                    .isCloseTo(ArtifactInjection.FLOOR_RMS, withinPercentage(10));
        }
    }

    @Test
    void encodesTheAudioAsAFileToUpload() {
        InjectedAudio audio = ArtifactInjection.generated(STEREO, 5, List.of(), 3);
        Path wav = dir.resolve("speech.wav");

        audio.encode(wav, OutputFormat.WAV);

        PcmFile decoded = new AudioDecoder().decode(wav, "speech.wav", dir.resolve("decoded.pcm"),
                DecodeOptions.original(Duration.ofMinutes(1)));
        assertThat(decoded.format()).isEqualTo(STEREO);
        assertThat(decoded.frames()).isEqualTo(80_000);
    }

    private static int sample(long ms) {
        return (int) (ms * 16);
    }
}
