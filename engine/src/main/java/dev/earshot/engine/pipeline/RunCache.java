package dev.earshot.engine.pipeline;

import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Results the steps of one pipeline run share, such as the transcript of the working audio that several speech
 * components read. {@link PipelineRunner} makes one per run and drops it with the run: nothing is shared
 * between runs, requests or {@link StepContext#standalone standalone} contexts.
 *
 * <p>A key names everything its value depends on. Working audio is a new {@link dev.earshot.engine.audio.PcmFile}
 * (another path) whenever a step changes it, so a key holding the audio file misses after such a step. Values
 * stay in memory until the run ends: keep them small (words and time ranges, never samples).
 */
public final class RunCache {

    /**
     * A key whose value is a {@code V}. Keys are compared with {@code equals}: records that hold the inputs of
     * the computation make good keys.
     *
     * @param <V> the type of the value
     */
    public interface Key<V> {
    }

    private final Map<Key<?>, Object> values = new ConcurrentHashMap<>();

    public RunCache() {
    }

    /**
     * The value of {@code key}: the one computed earlier in this run, or else the one {@code compute} returns,
     * which is kept for the rest of the run. If {@code compute} throws, nothing is kept. {@code compute} runs
     * without a lock, so it may itself ask this cache for other keys.
     *
     * @throws NullPointerException if {@code compute} returns null
     */
    public <V> V get(Key<V> key, Supplier<? extends V> compute) {
        Object cached = values.get(key);
        if (cached == null) {
            Object computed = Objects.requireNonNull(compute.get(), "computed value");
            Object earlier = values.putIfAbsent(key, computed);
            cached = earlier == null ? computed : earlier;
        }
        @SuppressWarnings("unchecked") // only get(Key<V>, ...) stores, and it stores a V
        V value = (V) cached;
        return value;
    }
}
