package dev.earshot.engine.bench;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.component.StandardComponents;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Signals;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code noise_reduce} next to its peers in {@code bench/run.sh} (see {@code bench/README.md}): the same noisy
 * speech with a clean reference, as raw 16 kHz mono 32-bit float files that FFmpeg ({@code -f f32le}) and sox
 * ({@code -t f32}) read as they are. Not a test. Steps, one per JVM:
 * <pre>
 * mix SPEECH LEAD_IN SNR DIR     SPEECH (a 16 kHz mono working file) after LEAD_IN seconds of silence as
 *                                DIR/clean.f32, and the same with white noise at SNR dB (against the speech
 *                                part's RMS) over all of it as DIR/noisy.f32: the lead-in is noise only
 * earshot NOISY RUNS OUT PROPS   noise_reduce (default params, through PipelinePlan and PipelineRunner) on
 *                                NOISY, once unmeasured and RUNS times measured; the output to OUT
 * score CLEAN NOISY PROPS NAME=OUT...  SI-SDR of NOISY and of every OUT against CLEAN, and the improvement
 * </pre>
 * Each output is aligned to the reference first (the lag of the largest cross-correlation within ±{@value #MAX_LAG}
 * samples, on a 20 s excerpt), so that a tool that delays its output is not scored on the delay.
 */
public final class NoiseBenchmark {

    static final int MAX_LAG = 1024;
    private static final AudioFormat FORMAT = AudioFormat.SPEECH;
    private static final long NOISE_SEED = 3;

    private NoiseBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "mix" -> mix(Path.of(args[1]), Double.parseDouble(args[2]), Double.parseDouble(args[3]), Path.of(args[4]));
            case "earshot" -> BenchFigures.write(Path.of(args[4]),
                    earshot(Path.of(args[1]), Integer.parseInt(args[2]), Path.of(args[3])));
            case "score" -> BenchFigures.write(Path.of(args[3]),
                    score(Path.of(args[1]), Path.of(args[2]), List.of(args).subList(4, args.length)));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void mix(Path speech, double leadIn, double snr, Path dir) {
        float[] lead = new float[(int) Math.round(leadIn * FORMAT.sampleRate())];
        float[] voice = Pcm.read(file(speech));
        float[] clean = Signals.concat(lead, voice);
        double noiseRms = Signals.rms(voice, 0, voice.length) / Math.pow(10, snr / 20);
        Pcm.write(dir.resolve("clean.f32"), FORMAT, clean);
        Pcm.write(dir.resolve("noisy.f32"), FORMAT,
                Signals.add(clean, Signals.whiteNoise(clean.length, noiseRms, NOISE_SEED)));
    }

    private static Map<String, Object> earshot(Path noisy, int runs, Path out) throws IOException {
        PcmFile input = file(noisy);
        Path dir = Files.createTempDirectory(noisy.toAbsolutePath().getParent(), "noise");
        try {
            PipelinePlan plan = PipelinePlan.validate(List.of(new StepSpec("noise_reduce", Map.of())), 1,
                    ComponentRegistry.of(StandardComponents.all()), 20);
            PipelineRun[] last = new PipelineRun[1];
            Map<String, Object> figures = BenchMeter.repeat(runs, () -> BenchFigures.recreate(dir),
                    () -> last[0] = new PipelineRunner().run(plan, List.of(input), dir, Cancellation.none(), f -> { }));
            Files.move(last[0].finalAudio().path(), out, StandardCopyOption.REPLACE_EXISTING);
            figures.put("audio_seconds", input.durationSeconds());
            figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            return figures;
        } finally {
            BenchFigures.deleteTree(dir);
        }
    }

    private static Map<String, Object> score(Path cleanFile, Path noisyFile, List<String> outputs) {
        float[] clean = Pcm.read(file(cleanFile));
        double before = Signals.siSdr(clean, Pcm.read(file(noisyFile)));
        Map<String, Object> figures = new LinkedHashMap<>();
        figures.put("audio_seconds", clean.length / (double) FORMAT.sampleRate());
        figures.put("si_sdr_input_db", before);
        for (String output : outputs) {
            String name = output.substring(0, output.indexOf('='));
            float[] estimate = Pcm.read(file(Path.of(output.substring(name.length() + 1))));
            int lag = lag(clean, estimate);
            float[] aligned = new float[clean.length];
            for (int i = 0; i < clean.length; i++) {
                int at = i + lag;
                aligned[i] = at >= 0 && at < estimate.length ? estimate[at] : 0;
            }
            double after = Signals.siSdr(clean, aligned);
            figures.put(name + ".lag_samples", lag);
            figures.put(name + ".length_difference_samples", estimate.length - clean.length);
            figures.put(name + ".si_sdr_db", after);
            figures.put(name + ".si_sdr_improvement_db", after - before);
        }
        return figures;
    }

    /** The shift of {@code estimate} against {@code reference} with the largest cross-correlation. */
    static int lag(float[] reference, float[] estimate) {
        int from = Math.min(reference.length / 4, 10 * FORMAT.sampleRate());
        int to = Math.min(reference.length - MAX_LAG, from + 20 * FORMAT.sampleRate());
        int best = 0;
        double bestSum = Double.NEGATIVE_INFINITY;
        for (int lag = -MAX_LAG; lag <= MAX_LAG; lag++) {
            double sum = 0;
            for (int i = Math.max(from, -lag); i < to && i + lag < estimate.length; i++) {
                sum += (double) reference[i] * estimate[i + lag];
            }
            if (sum > bestSum) {
                bestSum = sum;
                best = lag;
            }
        }
        return best;
    }

    private static PcmFile file(Path path) {
        try {
            return new PcmFile(path, FORMAT, Files.size(path) / FORMAT.frameBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
