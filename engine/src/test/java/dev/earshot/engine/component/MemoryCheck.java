package dev.earshot.engine.component;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepResult;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.engine.testing.Signals;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Hand-run check that memory stays flat with duration: generates a stereo 44.1 kHz file of the given number of
 * minutes (speech-like signal plus white noise), runs noise_reduce then slice_audio on it, and prints the heap
 * used after a full GC at every 5 % of progress and the speed of each step. Not part of the test run:
 * <pre>
 * java -Xmx64m -cp engine/target/classes:engine/target/test-classes:$(deps) \
 *     dev.earshot.engine.component.MemoryCheck 60 /tmp/memcheck
 * </pre>
 */
public final class MemoryCheck {

    private static final int RATE = 44_100;

    private MemoryCheck() {
    }

    public static void main(String[] args) throws Exception {
        int minutes = Integer.parseInt(args[0]);
        Path dir = Files.createDirectories(Path.of(args[1]));
        PcmFile input = generate(dir.resolve("input.pcm"), minutes);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        long[] maxAfterGc = {0};
        double[] nextSample = {0};
        PipelinePlan plan = PipelinePlan.validate(List.of(
                new StepSpec("noise_reduce", Map.of("noise_estimation_duration_sec", 0.5)),
                new StepSpec("slice_audio", Map.of("ranges", List.of(List.of(60, 120))))),
                1, ComponentRegistry.of(StandardComponents.all()), 20);
        PipelineRun run = new PipelineRunner().run(plan, List.of(input), dir, Cancellation.none(), f -> {
            if (f >= nextSample[0]) {
                System.gc();
                long used = memory.getHeapMemoryUsage().getUsed();
                maxAfterGc[0] = Math.max(maxAfterGc[0], used);
                System.out.printf("progress %3.0f%%  heap after GC %6.2f MB%n", f * 100, used / 1e6);
                nextSample[0] += 0.05;
            }
        });
        double seconds = minutes * 60.0;
        for (StepResult step : run.steps()) {
            System.out.printf("%s: %.1f s, %.1fx real time%n", step.componentId(), step.millis() / 1000.0,
                    seconds / (step.millis() / 1000.0));
        }
        System.out.printf("minutes %d, max heap after GC %.2f MB, -Xmx %.0f MB, final audio %.1f s%n", minutes,
                maxAfterGc[0] / 1e6, Runtime.getRuntime().maxMemory() / 1e6, run.finalAudio().durationSeconds());
        try (var files = Files.list(dir)) {
            files.forEach(p -> p.toFile().delete());
        }
    }

    private static PcmFile generate(Path path, int minutes) {
        float[] speech = Signals.speechLike(RATE, 10, 1);
        Random random = new Random(2);
        float[] block = new float[speech.length * 2];
        try (PcmWriter writer = PcmFile.create(path, new AudioFormat(RATE, 2))) {
            for (int b = 0; b < minutes * 6; b++) {
                for (int i = 0; i < speech.length; i++) {
                    float noise = (float) (random.nextGaussian() * 0.05);
                    block[2 * i] = speech[i] + noise;
                    block[2 * i + 1] = 0.8f * speech[i] + noise;
                }
                writer.write(block);
            }
            return writer.finish();
        }
    }
}
