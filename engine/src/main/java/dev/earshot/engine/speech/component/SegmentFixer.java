package dev.earshot.engine.speech.component;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechModels;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code fix_manual_segments} (a planned id of seed 004): moves the edges of manual segments that cut through a
 * word (by the definition of {@code check_segments}) into the nearest silence between words of the working
 * audio's transcript (Vosk English), so that no word is cut. Params: see {@link SegmentFixParams}.
 *
 * <p>Method: segments are fixed in order, start edge then end edge. An edge that cuts no word stays. An edge
 * that cuts a word moves to the nearest pause within {@code max_shift_seconds}: a gap of at least
 * {@code min_pause_ms} between two words, or between the start or end of the audio and the nearest word. When
 * no pause is within reach, it moves to the nearest boundary between two words (a shorter gap, possibly none).
 * In the chosen gap it goes 0.1 s from the word on its side, or to the middle of a gap shorter than 0.2 s, or
 * as near to that as the limits allow (see {@link EdgePlacer}). A start never goes before the previous
 * segment's fixed end nor within 1 ms of its own segment's given end; an end never goes past the next
 * segment's given start. So segments keep their order, never overlap and keep start &lt; end. An edge that
 * cannot move within those limits keeps its place and is reported in {@code unfixed}. Speech the recognizer
 * did not turn into words is not seen.
 *
 * <p>Metrics (seconds, to the millisecond), e.g. for {@code [[0.8, 1.85], [2.3, 4.9]]} on a recording whose
 * speech starts at 0.49 s and where "today" runs from 1.42 to 1.96 s before a pause:
 * <pre>{"manual_segments": [[0.394, 2.064], [2.3, 4.9]],
 *  "changes": [{"index": 0, "start_shift_seconds": -0.406, "end_shift_seconds": 0.214},
 *              {"index": 1, "start_shift_seconds": 0.0, "end_shift_seconds": 0.0}],
 *  "unfixed": []}</pre>
 * {@code manual_segments}: the fixed pairs, in the order given. {@code changes}: one entry per segment, each
 * shift being the new minus the given edge (negative: earlier). {@code unfixed}: one entry per edge still
 * cutting a word, e.g. with {@code max_shift_seconds} 0.05: {@code {"index": 0, "edge": "end", "at": 1.85,
 * "word": "today", "reason": "no silence between words within max_shift_seconds (0.05 s)"}}; {@code edge} is
 * "start" or "end", {@code at} the edge's time. Metrics only: the working audio is unchanged.
 */
public final class SegmentFixer implements Component<SegmentFixParams> {

    public static final String ID = "fix_manual_segments";

    private static final double SMALLEST_SEGMENT = 0.001;

    private final SpeechModels models;

    /** @param models gives the shared transcriber, loaded on the first run */
    public SegmentFixer(SpeechModels models) {
        this.models = models;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SegmentFixParams parseParams(ParamReader params) {
        return SegmentFixParams.read(params);
    }

    @Override
    public Set<NativeCapability> natives(SegmentFixParams params) {
        return NativeCapability.TRANSCRIPTION;
    }

    @Override
    public StepOutput run(StepContext context, SegmentFixParams params) {
        PcmFile audio = context.working();
        WordBoundaries words = new WordBoundaries(
                new SpeechPass(models, context).transcript(audio, params.language(), 0, 1).words(),
                params.edgeToleranceMs() / 1000.0, audio.durationSeconds());
        EdgePlacer placer = new EdgePlacer(words, params.maxShiftSeconds(), params.minPauseMs() / 1000.0);
        List<TimeRange> segments = params.segments();
        List<List<Double>> fixed = new ArrayList<>();
        List<Map<String, Object>> changes = new ArrayList<>();
        List<Map<String, Object>> unfixed = new ArrayList<>();
        double previousEnd = 0;
        for (int i = 0; i < segments.size(); i++) {
            context.checkpoint();
            TimeRange segment = segments.get(i);
            double next = i + 1 < segments.size() ? segments.get(i + 1).start() : Double.MAX_VALUE;
            EdgePlacer.Placement start = placer.place(segment.start(), previousEnd, segment.end() - SMALLEST_SEGMENT);
            EdgePlacer.Placement end = placer.place(segment.end(), start.position() + SMALLEST_SEGMENT, next);
            TimeRange result = new TimeRange(start.position(), end.position());
            fixed.add(MetricValues.pair(result));
            changes.add(change(i, segment, result));
            report(unfixed, i, "start", segment.start(), start, words);
            report(unfixed, i, "end", segment.end(), end, words);
            previousEnd = end.position();
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("manual_segments", fixed);
        metrics.put("changes", changes);
        metrics.put("unfixed", unfixed);
        return StepOutput.metrics(metrics);
    }

    private static Map<String, Object> change(int index, TimeRange before, TimeRange after) {
        Map<String, Object> change = new LinkedHashMap<>();
        change.put("index", index);
        change.put("start_shift_seconds", MetricValues.seconds(after.start() - before.start()));
        change.put("end_shift_seconds", MetricValues.seconds(after.end() - before.end()));
        return change;
    }

    private static void report(List<Map<String, Object>> unfixed, int index, String edge, double at,
                               EdgePlacer.Placement placement, WordBoundaries words) {
        if (placement.reason() == null) {
            return;
        }
        Map<String, Object> entry = new LinkedHashMap<>();
        entry.put("index", index);
        entry.put("edge", edge);
        entry.put("at", MetricValues.seconds(at));
        entry.put("word", words.word(placement.cutWord()).text());
        entry.put("reason", placement.reason());
        unfixed.add(entry);
    }
}
