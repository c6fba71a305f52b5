package dev.earshot.engine.component.silence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Signals;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SilenceTrimmerTest {

    private static final int RATE = 16_000;
    private static final double PAD = SoundDetector.PAD_SECONDS;
    private static final double TOLERANCE = 0.020;

    @TempDir
    Path dir;

    @Test
    void trimsLeadingSilenceKeepingThePad() {
        float[] audio = Signals.concat(new float[(int) (1.5 * RATE)], burst(2.0, 0.3), new float[(int) (0.7 * RATE)]);
        PcmFile input = mono("lead.pcm", audio);

        StepOutput out = new BeginningSilenceTrimmer().run(context(input), new BeginningTrimParams(List.of()));

        double trimmed = (double) out.metrics().get("trimmed_seconds");
        assertThat(trimmed).isCloseTo(1.5 - PAD, within(TOLERANCE));
        assertThat(out.metrics()).containsEntry("sound_found", true);
        long cut = input.frames() - out.audio().frames();
        assertThat(trimmed).isCloseTo(cut / (double) RATE, within(1e-6));
        assertThat(Pcm.read(out.audio())).isEqualTo(Arrays.copyOfRange(audio, (int) cut, audio.length));
    }

    @Test
    void trimsTrailingSilenceKeepingThePad() {
        float[] audio = Signals.concat(new float[(int) (1.5 * RATE)], burst(2.0, 0.3), new float[(int) (0.7 * RATE)]);
        PcmFile input = mono("tail.pcm", audio);

        PcmFile out = new EndSilenceTrimmer().run(context(input), new EndTrimParams()).audio();

        assertThat(out.durationSeconds()).isCloseTo(3.5 + PAD, within(TOLERANCE));
        assertThat(Pcm.read(out)).isEqualTo(Arrays.copyOf(audio, (int) out.frames()));
    }

    @Test
    void shiftsManualSegmentsIntoTheTrimmedTimeline() {
        float[] audio = Signals.concat(new float[(int) (1.5 * RATE)], burst(3.0, 0.3));
        PcmFile input = mono("segments.pcm", audio);
        List<TimeRange> segments = List.of(new TimeRange(0.5, 1.0), new TimeRange(1.2, 2.0), new TimeRange(3.0, 3.5));

        Map<String, Object> metrics = new BeginningSilenceTrimmer().run(context(input),
                new BeginningTrimParams(segments)).metrics();

        double t = (double) metrics.get("trimmed_seconds");
        assertThat(metrics.get("manual_segments")).asList().satisfiesExactly(
                first -> assertPair(first, 0, 2.0 - t),
                second -> assertPair(second, 3.0 - t, 3.5 - t));
        assertThat(metrics.get("dropped_segments")).isEqualTo(List.of(List.of(0.5, 1.0)));
    }

    @Test
    void computesSegmentMetricsExactly() {
        Map<String, Object> metrics = BeginningSilenceTrimmer.metrics(1.25, true,
                List.of(new TimeRange(0, 1.25), new TimeRange(1.0, 2.0), new TimeRange(2.5, 3.0)));

        assertThat(metrics).containsExactly(
                Map.entry("trimmed_seconds", 1.25),
                Map.entry("manual_segments", List.of(List.of(0.0, 0.75), List.of(1.25, 1.75))),
                Map.entry("dropped_segments", List.of(List.of(0.0, 1.25))),
                Map.entry("sound_found", true));
    }

    @Test
    void passesAllSilentAudioThroughUnchanged() {
        PcmFile input = mono("silent.pcm", new float[3 * RATE]);

        StepOutput beginning = new BeginningSilenceTrimmer().run(context(input),
                new BeginningTrimParams(List.of(new TimeRange(1, 2))));
        StepOutput end = new EndSilenceTrimmer().run(context(input), new EndTrimParams());

        assertThat(beginning.audio()).isEqualTo(input);
        assertThat(beginning.metrics()).containsEntry("trimmed_seconds", 0.0)
                .containsEntry("sound_found", false)
                .containsEntry("manual_segments", List.of(List.of(1.0, 2.0)));
        assertThat(end.audio()).isEqualTo(input);
    }

    @Test
    void passesSteadyNoiseWithoutSoundThrough() {
        PcmFile input = mono("hiss.pcm", Signals.whiteNoise(3 * RATE, 0.05, 4));

        StepOutput beginning = new BeginningSilenceTrimmer().run(context(input), new BeginningTrimParams(List.of()));

        assertThat(beginning.audio()).isEqualTo(input);
        assertThat(beginning.metrics()).containsEntry("sound_found", false);
    }

    @Test
    void treatsANoiseFloorAsSilence() {
        float[] noise = Signals.whiteNoise(5 * RATE, 0.01, 9);
        float[] sound = Signals.concat(new float[2 * RATE], burst(2.0, 0.3), new float[RATE]);
        PcmFile input = mono("noisy.pcm", Signals.add(noise, sound));

        StepOutput beginning = new BeginningSilenceTrimmer().run(context(input), new BeginningTrimParams(List.of()));
        PcmFile end = new EndSilenceTrimmer().run(context(input), new EndTrimParams()).audio();

        assertThat((double) beginning.metrics().get("trimmed_seconds")).isCloseTo(2.0 - PAD, within(TOLERANCE));
        assertThat(end.durationSeconds()).isCloseTo(4.0 + PAD, within(TOLERANCE));
    }

    @Test
    void ignoresAShortClickInTheSilence() {
        float[] audio = Signals.concat(new float[RATE / 2], burst(0.005, 0.9), new float[RATE / 2], burst(1.0, 0.3));
        PcmFile input = mono("click.pcm", audio);

        StepOutput out = new BeginningSilenceTrimmer().run(context(input), new BeginningTrimParams(List.of()));

        assertThat((double) out.metrics().get("trimmed_seconds")).isCloseTo(1.005 - PAD, within(TOLERANCE));
    }

    @Test
    void findsSoundInOneChannelOfStereo() {
        float[] left = new float[3 * RATE];
        float[] right = Signals.concat(new float[RATE], burst(1.0, 0.3), new float[RATE]);
        PcmFile input = Pcm.write(dir.resolve("stereo.pcm"), new AudioFormat(RATE, 2), Signals.interleave(left, right));

        StepOutput beginning = new BeginningSilenceTrimmer().run(context(input), new BeginningTrimParams(List.of()));
        PcmFile end = new EndSilenceTrimmer().run(context(input), new EndTrimParams()).audio();

        assertThat(beginning.audio().format().channels()).isEqualTo(2);
        assertThat((double) beginning.metrics().get("trimmed_seconds")).isCloseTo(1.0 - PAD, within(TOLERANCE));
        assertThat(end.durationSeconds()).isCloseTo(2.0 + PAD, within(TOLERANCE));
    }

    private static void assertPair(Object pair, double start, double end) {
        assertThat(pair).asList().satisfiesExactly(
                s -> assertThat((double) s).isCloseTo(start, within(1e-6)),
                e -> assertThat((double) e).isCloseTo(end, within(1e-6)));
    }

    /** A 440 Hz tone burst with 5 ms linear fades. */
    private static float[] burst(double seconds, double amplitude) {
        float[] tone = Signals.tone(RATE, seconds, 440, amplitude);
        int fade = Math.min(tone.length / 2, RATE / 200);
        for (int i = 0; i < fade; i++) {
            tone[i] *= (float) i / fade;
            tone[tone.length - 1 - i] *= (float) i / fade;
        }
        return tone;
    }

    private PcmFile mono(String name, float[] samples) {
        return Pcm.write(dir.resolve(name), new AudioFormat(RATE, 1), samples);
    }

    private StepContext context(PcmFile input) {
        return StepContext.standalone(input, List.of(input), dir);
    }
}
