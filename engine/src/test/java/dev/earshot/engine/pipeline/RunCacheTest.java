package dev.earshot.engine.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.testing.Pcm;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCacheTest {

    record Square(int n) implements RunCache.Key<Integer> {
    }

    @TempDir
    Path dir;

    private final RunCache cache = new RunCache();
    private final AtomicInteger computations = new AtomicInteger();

    @Test
    void equalKeysShareOneComputation() {
        assertThat(cache.get(new Square(3), () -> square(3))).isEqualTo(9);
        assertThat(cache.get(new Square(3), () -> square(3))).isEqualTo(9);

        assertThat(computations).hasValue(1);
    }

    @Test
    void anotherKeyIsComputedOnItsOwn() {
        cache.get(new Square(3), () -> square(3));

        assertThat(cache.get(new Square(4), () -> square(4))).isEqualTo(16);
        assertThat(computations).hasValue(2);
    }

    @Test
    void aFailedComputationLeavesNothingBehind() {
        assertThatThrownBy(() -> cache.get(new Square(5), () -> {
            throw new IllegalStateException("cancelled");
        })).hasMessage("cancelled");

        assertThat(cache.get(new Square(5), () -> square(5))).isEqualTo(25);
        assertThat(computations).hasValue(1);
    }

    @Test
    void theStepsOfOneRunShareOneCacheAndTheNextRunHasItsOwn() {
        List<RunCache> seen = new ArrayList<>();
        Component<Void> remember = new Component<>() {
            @Override
            public String id() {
                return "remember_cache";
            }

            @Override
            public Void parseParams(ParamReader params) {
                params.rejectUnknownKeys();
                return null;
            }

            @Override
            public StepOutput run(StepContext context, Void params) {
                seen.add(context.cache());
                return StepOutput.metrics(Map.of());
            }
        };
        PipelinePlan plan = PipelinePlan.validate(List.of(new StepSpec("remember_cache", null),
                new StepSpec("remember_cache", null)), 1, ComponentRegistry.of(List.of(remember)), 20);
        PcmFile input = Pcm.write(dir.resolve("in.pcm"), new AudioFormat(8_000, 1), new float[800]);

        new PipelineRunner().run(plan, List.of(input), dir, Cancellation.none(), f -> { });
        new PipelineRunner().run(plan, List.of(input), dir, Cancellation.none(), f -> { });

        assertThat(seen).hasSize(4);
        assertThat(seen.get(1)).isSameAs(seen.get(0));
        assertThat(seen.get(3)).isSameAs(seen.get(2)).isNotSameAs(seen.get(0));
    }

    private int square(int n) {
        computations.incrementAndGet();
        return n * n;
    }
}
