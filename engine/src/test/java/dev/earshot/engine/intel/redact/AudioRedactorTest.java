package dev.earshot.engine.intel.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.intel.pii.SpokenPiiDetector;
import dev.earshot.engine.intel.pii.SyntheticCall;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Signals;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AudioRedactorTest {

    @TempDir
    Path dir;

    private static final double BEEP_PEAK = 0.1;

    /** Interleaved test signal: a 440 Hz tone, louder on the first channel. */
    private PcmFile tone(AudioFormat format, double seconds) {
        float[] mono = Signals.tone(format.sampleRate(), seconds, 440, 0.5);
        float[] samples = new float[mono.length * format.channels()];
        for (int i = 0; i < mono.length; i++) {
            for (int c = 0; c < format.channels(); c++) {
                samples[i * format.channels() + c] = mono[i] / (c + 1);
            }
        }
        return Pcm.write(dir.resolve("input.pcm"), format, samples);
    }

    private static boolean inside(long frame, List<long[]> spans) {
        for (long[] span : spans) {
            if (frame >= span[0] && frame < span[1]) {
                return true;
            }
        }
        return false;
    }

    private static List<long[]> frames(List<TimeRange> spans, int rate) {
        List<long[]> frames = new ArrayList<>();
        for (TimeRange span : spans) {
            frames.add(new long[] {(long) Math.floor(span.start() * rate), (long) Math.ceil(span.end() * rate)});
        }
        return frames;
    }

    @Test
    void spansCarryOnlyTheBeepAndEverythingElseIsSampleIdentical() throws Exception {
        AudioFormat format = new AudioFormat(48_000, 2);
        PcmFile input = tone(format, 4);
        byte[] before = Files.readAllBytes(input.path());
        List<TimeRange> spans = List.of(new TimeRange(2.0, 2.25), new TimeRange(0.5, 0.8123));

        PcmFile output = new AudioRedactor(RedactionSound.BEEP).redact(input, spans, dir.resolve("out.pcm"),
                BlockListener.NONE);

        float[] in = Pcm.read(input);
        float[] out = Pcm.read(output);
        assertThat(output.frames()).isEqualTo(input.frames());
        assertThat(output.format()).isEqualTo(format);
        List<long[]> covered = frames(spans, format.sampleRate());
        double step = 2 * Math.PI * AudioRedactor.BEEP_HZ / format.sampleRate();
        for (long f = 0; f < input.frames(); f++) {
            for (int c = 0; c < 2; c++) {
                int i = (int) f * 2 + c;
                float expected = inside(f, covered) ? (float) (BEEP_PEAK * Math.sin(step * f)) : in[i];
                if (Float.compare(out[i], expected) != 0) {
                    throw new AssertionError("frame " + f + " channel " + c + ": " + out[i] + " != " + expected);
                }
            }
        }
        assertThat(Files.readAllBytes(input.path())).isEqualTo(before);
    }

    @Test
    void silenceZeroesTheSpansOnly() {
        AudioFormat format = AudioFormat.SPEECH;
        PcmFile input = tone(format, 2);
        List<TimeRange> spans = List.of(new TimeRange(0.0, 0.3), new TimeRange(1.9, 5.0));

        PcmFile output = new AudioRedactor(RedactionSound.SILENCE).redact(input, spans, dir.resolve("out.pcm"),
                BlockListener.NONE);

        float[] in = Pcm.read(input);
        float[] out = Pcm.read(output);
        List<long[]> covered = frames(spans, format.sampleRate());
        int wrong = 0;
        for (int f = 0; f < in.length; f++) {
            wrong += Float.compare(out[f], inside(f, covered) ? 0f : in[f]) == 0 ? 0 : 1;
        }
        assertThat(wrong).isZero();
        assertThat(in[4799]).isNotZero();
        assertThat(out[4799]).isZero();
        assertThat(out[4801]).isNotZero();
    }

    @Test
    void theBeepPeaksAtMinusTwentyDbfs() {
        PcmFile input = tone(AudioFormat.SPEECH, 1);

        PcmFile output = new AudioRedactor(RedactionSound.BEEP).redact(input, List.of(new TimeRange(0, 1)),
                dir.resolve("out.pcm"), BlockListener.NONE);

        float[] out = Pcm.read(output);
        double peak = 0;
        for (float v : out) {
            peak = Math.max(peak, Math.abs(v));
        }
        assertThat(20 * Math.log10(peak)).isBetween(-20.01, -19.99);
        assertThat(Signals.rms(out, 0, out.length)).isBetween(0.0707 - 0.0005, 0.0707 + 0.0005);
    }

    @Test
    void progressReachesOneAndAFailedWriteLeavesNothing() {
        PcmFile input = tone(AudioFormat.SPEECH, 60);
        List<Double> progress = new ArrayList<>();
        new AudioRedactor(RedactionSound.BEEP).redact(input, List.of(new TimeRange(1, 2)), dir.resolve("a.pcm"),
                progress::add);
        assertThat(progress).hasSizeGreaterThan(1).isSorted().last().isEqualTo(1.0);

        Path target = dir.resolve("b.pcm");
        assertThatThrownBy(() -> new AudioRedactor(RedactionSound.BEEP).redact(input, List.of(), target, f -> {
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");
        assertThat(target).doesNotExist();
    }

    @Test
    void theInputIsNeverTheTarget() {
        PcmFile input = tone(AudioFormat.SPEECH, 1);

        assertThatThrownBy(() -> new AudioRedactor(RedactionSound.BEEP).redact(input, List.of(), input.path(),
                BlockListener.NONE)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("new file");
        assertThat(Pcm.read(input)).hasSize(16_000);
    }

    @Test
    void theSynthesizedCallsEntitiesAreBeepedAndTheRestKept() {
        SyntheticCall call = new SyntheticCall();
        Transcript transcript = call.spoken.transcript();
        List<PiiEntity> entities = SpokenPiiDetector.load().detect(transcript.words());
        int rate = 16_000;
        double duration = call.spoken.clock() + 1;
        float[] speech = Signals.whiteNoise((int) Math.round(duration * rate), 0.1, 7);
        PcmFile input = Pcm.write(dir.resolve("call.pcm"), AudioFormat.SPEECH, speech);

        AudioRedactionPlan plan = AudioRedactionPlan.of(transcript, entities, duration);
        PcmFile output = new AudioRedactor(RedactionSound.BEEP).redact(input, plan, dir.resolve("redacted.pcm"),
                BlockListener.NONE);

        float[] out = Pcm.read(output);
        double step = 2 * Math.PI * AudioRedactor.BEEP_HZ / rate;
        int notBeep = 0;
        for (PiiEntity entity : entities) {
            for (long f = (long) Math.floor(entity.start() * rate); f < Math.ceil(entity.end() * rate); f++) {
                notBeep += out[(int) f] == (float) (BEEP_PEAK * Math.sin(step * f)) ? 0 : 1;
            }
        }
        List<long[]> covered = frames(plan.spans(), rate);
        int changed = 0;
        for (int f = 0; f < speech.length; f++) {
            changed += inside(f, covered) || out[f] == speech[f] ? 0 : 1;
        }
        assertThat(notBeep).as("entity frames that are not beep").isZero();
        assertThat(changed).as("frames outside the plan that changed").isZero();
        assertThat(plan.spans()).hasSize(entities.size());
    }
}
