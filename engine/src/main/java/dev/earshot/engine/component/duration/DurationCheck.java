package dev.earshot.engine.component.duration;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code audio_duration_check}: metrics only, the working audio is unchanged. Metrics:
 * {@code duration_seconds}, {@code duration_minutes}, {@code min_duration_minutes} and
 * {@code meets_duration_requirement} (duration in minutes &gt;= the minimum).
 */
public final class DurationCheck implements Component<DurationCheckParams> {

    @Override
    public String id() {
        return "audio_duration_check";
    }

    @Override
    public DurationCheckParams parseParams(ParamReader params) {
        return DurationCheckParams.parse(params);
    }

    @Override
    public StepOutput run(StepContext context, DurationCheckParams params) {
        PcmFile input = context.working();
        double seconds = input.durationSeconds();
        double minutes = seconds / 60;
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("duration_seconds", seconds);
        metrics.put("duration_minutes", minutes);
        metrics.put("min_duration_minutes", params.minDurationMinutes());
        metrics.put("meets_duration_requirement", minutes >= params.minDurationMinutes());
        context.progress(1);
        return StepOutput.metrics(metrics);
    }
}
