package dev.earshot.engine.intel.redact;

import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Utterance;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The time spans of a recording to cover with a beep or silence so that no entity can be heard.
 *
 * <p>An entity whose words all have usable timing (end after start, start inside the recording) is covered
 * from the start of its first word to the end of its last, widened by the padding on each side. An entity
 * with any word that has no usable timing fails closed: the plan covers its whole utterance(s) instead, and
 * when those have no usable timing either, everything from the end of the utterance before to the start of
 * the utterance after (or the whole recording). Spans are clamped to [0, duration], sorted, and merged where
 * they overlap or touch.
 *
 * @param spans           the spans, in seconds, sorted, not overlapping
 * @param durationSeconds length of the recording, in seconds
 * @param failedClosed    how many entities could not be placed by their own words and were covered by utterance
 */
public record AudioRedactionPlan(List<TimeRange> spans, double durationSeconds, int failedClosed) {

    /** Padding added before and after each entity's words, in seconds. */
    public static final double DEFAULT_PADDING_SECONDS = 0.15;

    public AudioRedactionPlan {
        spans = List.copyOf(spans);
    }

    /** The plan with {@link #DEFAULT_PADDING_SECONDS}. */
    public static AudioRedactionPlan of(Transcript transcript, List<PiiEntity> entities, double durationSeconds) {
        return of(transcript, entities, durationSeconds, DEFAULT_PADDING_SECONDS);
    }

    /**
     * The plan for {@code entities} found in {@code transcript.words()}.
     *
     * @param durationSeconds length of the recording, in seconds; 0 or more
     * @param paddingSeconds  added before and after each span, in seconds; 0 or more
     * @throws IllegalArgumentException when an entity does not match the transcript's words
     */
    public static AudioRedactionPlan of(Transcript transcript, List<PiiEntity> entities, double durationSeconds,
                                        double paddingSeconds) {
        if (!(durationSeconds >= 0) || !(paddingSeconds >= 0)) {
            throw new IllegalArgumentException("duration and padding must be 0 or more, got " + durationSeconds
                    + " s and " + paddingSeconds + " s");
        }
        TranscriptWords words = new TranscriptWords(transcript);
        List<double[]> raw = new ArrayList<>();
        int failed = 0;
        for (PiiEntity entity : entities) {
            words.check(entity);
            if (placed(transcript.words(), entity, durationSeconds)) {
                raw.add(new double[] {entity.start() - paddingSeconds, entity.end() + paddingSeconds});
            } else {
                failed++;
                raw.add(utteranceSpan(words, entity, durationSeconds, paddingSeconds));
            }
        }
        return new AudioRedactionPlan(merged(raw, durationSeconds), durationSeconds, failed);
    }

    /** Total seconds covered. */
    public double coveredSeconds() {
        return spans.stream().mapToDouble(TimeRange::length).sum();
    }

    private static boolean placed(List<Word> words, PiiEntity entity, double duration) {
        for (int i = entity.firstWord(); i <= entity.lastWord(); i++) {
            Word word = words.get(i);
            if (!(word.end() > word.start()) || word.start() >= duration) {
                return false;
            }
        }
        return true;
    }

    /** The entity's utterances, padded; or the gap between their neighbours; or the whole recording. */
    private static double[] utteranceSpan(TranscriptWords words, PiiEntity entity, double duration, double padding) {
        int firstUtterance = words.utteranceOf(entity.firstWord());
        int lastUtterance = words.utteranceOf(entity.lastWord());
        Utterance first = words.utterance(firstUtterance);
        Utterance last = words.utterance(lastUtterance);
        if (last.end() > first.start() && first.start() < duration) {
            return new double[] {first.start() - padding, last.end() + padding};
        }
        double from = firstUtterance > 0 ? words.utterance(firstUtterance - 1).end() : 0;
        double to = lastUtterance + 1 < words.utteranceCount() ? words.utterance(lastUtterance + 1).start() : duration;
        return to > from && from < duration ? new double[] {from, to} : new double[] {0, duration};
    }

    private static List<TimeRange> merged(List<double[]> raw, double duration) {
        raw.sort(Comparator.comparingDouble(span -> span[0]));
        List<TimeRange> spans = new ArrayList<>();
        double start = -1;
        double end = -1;
        for (double[] span : raw) {
            double from = Math.max(0, Math.min(duration, span[0]));
            double to = Math.max(0, Math.min(duration, span[1]));
            if (to <= from) {
                continue;
            }
            if (start >= 0 && from <= end) {
                end = Math.max(end, to);
            } else {
                if (start >= 0) {
                    spans.add(new TimeRange(start, end));
                }
                start = from;
                end = to;
            }
        }
        if (start >= 0) {
            spans.add(new TimeRange(start, end));
        }
        return spans;
    }
}
