package dev.earshot.engine.speech;

import dev.earshot.engine.pipeline.TimeRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Cuts a recording into pieces that can be recognized independently. Consecutive speech segments are grouped
 * while a group, with {@value #MARGIN_SECONDS} s of margin on both sides, stays within the maximum chunk
 * length; chunks are cut in the middle of the silence between two groups and keep at most the margin of
 * silence around their speech, so long silences are not recognized at all. A single segment longer than a
 * chunk is cut hard into equal-length pieces (the only place a word can be split).
 */
public final class SpeechChunks {

    /** Silence kept before the first and after the last speech of a chunk, in seconds (if the gap allows). */
    public static final double MARGIN_SECONDS = 0.5;

    private SpeechChunks() {
    }

    /**
     * @param speech          speech segments in time order, not overlapping, in seconds
     * @param durationSeconds length of the recording
     * @param maxChunkSeconds longest chunk, in seconds; at least 2 s more than twice the margin
     * @return chunks in time order, not overlapping, each at most {@code maxChunkSeconds} long; empty when
     *         there is no speech
     */
    public static List<TimeRange> plan(List<TimeRange> speech, double durationSeconds, double maxChunkSeconds) {
        if (maxChunkSeconds < 2 * MARGIN_SECONDS + 2) {
            throw new IllegalArgumentException("chunks must be at least " + (2 * MARGIN_SECONDS + 2) + " s");
        }
        List<TimeRange> pieces = splitLong(speech, maxChunkSeconds - 2 * MARGIN_SECONDS);
        List<TimeRange> chunks = new ArrayList<>();
        double previousCut = 0;
        int first = 0;
        for (int i = 1; i <= pieces.size(); i++) {
            boolean last = i == pieces.size();
            if (!last && pieces.get(i).end() - pieces.get(first).start() + 2 * MARGIN_SECONDS <= maxChunkSeconds) {
                continue;
            }
            double groupStart = pieces.get(first).start();
            double groupEnd = pieces.get(i - 1).end();
            double cut = last ? durationSeconds : (groupEnd + pieces.get(i).start()) / 2;
            double start = Math.max(previousCut, groupStart - MARGIN_SECONDS);
            double end = Math.min(Math.min(cut, durationSeconds), groupEnd + MARGIN_SECONDS);
            chunks.add(new TimeRange(Math.max(0, start), Math.max(Math.max(0, start), end)));
            previousCut = cut;
            first = i;
        }
        return chunks;
    }

    private static List<TimeRange> splitLong(List<TimeRange> speech, double longest) {
        List<TimeRange> pieces = new ArrayList<>(speech.size());
        for (TimeRange segment : speech) {
            int count = (int) Math.ceil(segment.length() / longest);
            double step = segment.length() / Math.max(1, count);
            for (int k = 0; k < count; k++) {
                double end = k == count - 1 ? segment.end() : segment.start() + (k + 1) * step;
                pieces.add(new TimeRange(segment.start() + k * step, end));
            }
            if (count == 0) {
                pieces.add(segment);
            }
        }
        return pieces;
    }
}
