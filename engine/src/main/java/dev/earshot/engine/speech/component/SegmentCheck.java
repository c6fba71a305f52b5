package dev.earshot.engine.speech.component;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code check_segments} (a planned id of seed 004): checks manual segments of the working audio against its
 * speech (Silero VAD, with the VAD params) and its words (Vosk English transcript). Params: see
 * {@link SegmentCheckParams}.
 *
 * <p>Metrics:
 * <pre>{"segments": [{"index": 0, "start": 2.0, "end": 2.6, "speech_seconds": 0.0, "speech_coverage": 0.0,
 *                "has_speech": false, "word_count": 0, "cuts_word_at_start": false, "cuts_word_at_end": false,
 *                "word_cut_at_start": null, "word_cut_at_end": null}, ...],
 *  "segments_without_speech": [0], "segments_cutting_words": [], "passed": false}</pre>
 * Per segment, in the order given: {@code start}, {@code end} as given (seconds); {@code speech_seconds}: time
 * of the segment inside VAD speech segments (seconds, to the millisecond); {@code speech_coverage}:
 * speech_seconds / segment length (0 to 1, 3 decimals); {@code has_speech}: speech_seconds is at least
 * {@value #MIN_SPEECH_SECONDS} s; {@code word_count}: transcript words whose middle lies in the segment;
 * {@code cuts_word_at_start} / {@code cuts_word_at_end}: the edge lies inside a word by more than
 * {@code edge_tolerance_ms} on both sides, {@code word_cut_at_start} / {@code word_cut_at_end} naming that word
 * (null when none). Summary: {@code segments_without_speech} and {@code segments_cutting_words} list segment
 * indices (0-based); {@code passed} is true when both are empty. Metrics only: the working audio is unchanged.
 */
public final class SegmentCheck implements Component<SegmentCheckParams> {

    public static final String ID = "check_segments";

    /** Least speech, in seconds, for a segment to count as having speech. */
    public static final double MIN_SPEECH_SECONDS = 0.1;

    private final SpeechModels models;

    /** @param models gives the shared VAD and transcriber, loaded on the first run */
    public SegmentCheck(SpeechModels models) {
        this.models = models;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public SegmentCheckParams parseParams(ParamReader params) {
        return SegmentCheckParams.read(params);
    }

    @Override
    public Set<NativeCapability> natives(SegmentCheckParams params) {
        return NativeCapability.TRANSCRIPTION;
    }

    @Override
    public StepOutput run(StepContext context, SegmentCheckParams params) {
        SpeechPass pass = new SpeechPass(models, context);
        PcmFile audio = context.working();
        List<TimeRange> speech = pass.speech(audio, params.vad().settings(), 0, 0.1);
        List<Word> words = pass.transcript(audio, params.language(), 0.1, 1).words();
        WordBoundaries boundaries = new WordBoundaries(words, params.edgeToleranceMs() / 1000.0,
                audio.durationSeconds());
        List<Map<String, Object>> segments = new ArrayList<>();
        List<Integer> withoutSpeech = new ArrayList<>();
        List<Integer> cutting = new ArrayList<>();
        for (int i = 0; i < params.segments().size(); i++) {
            context.checkpoint();
            Map<String, Object> segment = segment(i, params.segments().get(i), speech, boundaries);
            segments.add(segment);
            if (!(Boolean) segment.get("has_speech")) {
                withoutSpeech.add(i);
            }
            if ((Boolean) segment.get("cuts_word_at_start") || (Boolean) segment.get("cuts_word_at_end")) {
                cutting.add(i);
            }
        }
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("segments", segments);
        metrics.put("segments_without_speech", withoutSpeech);
        metrics.put("segments_cutting_words", cutting);
        metrics.put("passed", withoutSpeech.isEmpty() && cutting.isEmpty());
        return StepOutput.metrics(metrics);
    }

    private static Map<String, Object> segment(int index, TimeRange segment, List<TimeRange> speech,
                                               WordBoundaries words) {
        double speechSeconds = overlap(segment, speech);
        int cutAtStart = words.cutAt(segment.start());
        int cutAtEnd = words.cutAt(segment.end());
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("index", index);
        map.put("start", segment.start());
        map.put("end", segment.end());
        map.put("speech_seconds", MetricValues.seconds(speechSeconds));
        map.put("speech_coverage", MetricValues.round(Math.min(1, speechSeconds / segment.length()), 3));
        map.put("has_speech", speechSeconds >= MIN_SPEECH_SECONDS);
        map.put("word_count", wordsInside(segment, words));
        map.put("cuts_word_at_start", cutAtStart >= 0);
        map.put("cuts_word_at_end", cutAtEnd >= 0);
        map.put("word_cut_at_start", cutAtStart >= 0 ? words.word(cutAtStart).text() : null);
        map.put("word_cut_at_end", cutAtEnd >= 0 ? words.word(cutAtEnd).text() : null);
        return map;
    }

    /** Seconds of {@code segment} inside the (time-ordered, disjoint) {@code speech} segments. */
    static double overlap(TimeRange segment, List<TimeRange> speech) {
        double total = 0;
        for (TimeRange part : speech) {
            if (part.start() >= segment.end()) {
                break;
            }
            total += Math.max(0, Math.min(part.end(), segment.end()) - Math.max(part.start(), segment.start()));
        }
        return total;
    }

    private static int wordsInside(TimeRange segment, WordBoundaries words) {
        int count = 0;
        for (int i = 0; i < words.size(); i++) {
            double middle = (words.word(i).start() + words.word(i).end()) / 2;
            if (middle >= segment.start() && middle < segment.end()) {
                count++;
            }
        }
        return count;
    }
}
