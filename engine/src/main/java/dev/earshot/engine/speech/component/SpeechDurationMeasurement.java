package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechModels;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code speech_duration_measurement} (seed 004): runs Silero VAD on the working audio (read as 16 kHz mono)
 * and returns the total length of the detected speech segments, {@code metrics.speech_duration_seconds}
 * (seconds, rounded to the millisecond; 0.0 when there is no speech). Metrics only: the working audio is
 * unchanged.
 */
public final class SpeechDurationMeasurement implements Component<VadParams> {

    public static final String ID = "speech_duration_measurement";

    private final SpeechModels models;

    /** @param models gives the shared VAD, loaded on the first run */
    public SpeechDurationMeasurement(SpeechModels models) {
        this.models = models;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public VadParams parseParams(ParamReader params) {
        VadParams vad = VadParams.read(params);
        params.rejectUnknownKeys();
        return vad;
    }

    @Override
    public Set<NativeCapability> natives(VadParams params) {
        return Set.of(NativeCapability.SILERO_VAD);
    }

    @Override
    public StepOutput run(StepContext context, VadParams params) {
        List<TimeRange> segments = new SpeechPass(models, context)
                .speech(context.working(), params.settings(), 0, 1);
        double total = segments.stream().mapToDouble(TimeRange::length).sum();
        double seconds = BigDecimal.valueOf(total).setScale(3, RoundingMode.HALF_UP).doubleValue();
        return StepOutput.metrics(Map.of("speech_duration_seconds", seconds));
    }
}
