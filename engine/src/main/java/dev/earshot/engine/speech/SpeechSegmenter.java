package dev.earshot.engine.speech;

import dev.earshot.engine.pipeline.TimeRange;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a sequence of per-window speech probabilities into speech segments, following Silero's
 * {@code get_speech_timestamps} (without its max-speech-duration split): speech starts at the first window at
 * or above the threshold, ends where the probability has stayed below the negative threshold for the minimum
 * silence, is dropped unless longer than the minimum speech duration, and is finally padded. Holds only the
 * segments found so far. Not thread-safe.
 */
final class SpeechSegmenter {

    private static final long MAX_MILLISECONDS = 1_000_000_000_000L;

    private final VadSettings settings;
    private final int window;
    private final long minSpeechSamples;
    private final long minSilenceSamples;
    private final long padSamples;
    private final List<long[]> speeches = new ArrayList<>();
    private long windowIndex;
    private boolean triggered;
    private long speechStart;
    private long tempEnd;

    /**
     * @param window 16 kHz samples per probability
     */
    SpeechSegmenter(VadSettings settings, int window) {
        this.settings = settings;
        this.window = window;
        this.minSpeechSamples = samples(settings.minSpeechDurationMs());
        this.minSilenceSamples = samples(settings.minSilenceDurationMs());
        this.padSamples = samples(settings.speechPadMs());
    }

    /** Takes the probability of the next window. */
    void accept(double probability) {
        long at = window * windowIndex++;
        if (probability >= settings.threshold() && tempEnd != 0) {
            tempEnd = 0;
        }
        if (probability >= settings.threshold() && !triggered) {
            triggered = true;
            speechStart = at;
            return;
        }
        if (probability < settings.negativeThreshold() && triggered) {
            if (tempEnd == 0) {
                tempEnd = at;
            }
            if (at - tempEnd < minSilenceSamples) {
                return;
            }
            if (tempEnd - speechStart > minSpeechSamples) {
                speeches.add(new long[] {speechStart, tempEnd});
            }
            triggered = false;
            tempEnd = 0;
        }
    }

    /**
     * Closes an open segment at the end of the audio and pads all segments.
     *
     * @param totalSamples length of the audio, in 16 kHz samples
     * @return segments in seconds
     */
    List<TimeRange> finish(long totalSamples) {
        double rate = SpeechSamples.RATE;
        if (triggered && totalSamples - speechStart > minSpeechSamples) {
            speeches.add(new long[] {speechStart, totalSamples});
        }
        triggered = false;
        List<TimeRange> segments = new ArrayList<>(speeches.size());
        for (int i = 0; i < speeches.size(); i++) {
            long[] speech = speeches.get(i);
            if (i == 0) {
                speech[0] = Math.max(0, speech[0] - padSamples);
            }
            if (i < speeches.size() - 1) {
                long[] next = speeches.get(i + 1);
                long silence = next[0] - speech[1];
                long shift = silence < 2 * padSamples ? silence / 2 : padSamples;
                speech[1] = Math.min(totalSamples, speech[1] + shift);
                next[0] = Math.max(0, next[0] - shift);
            } else {
                speech[1] = Math.min(totalSamples, speech[1] + padSamples);
            }
            segments.add(new TimeRange(speech[0] / rate, speech[1] / rate));
        }
        return segments;
    }

    private static long samples(long milliseconds) {
        return Math.min(milliseconds, MAX_MILLISECONDS) * SpeechSamples.RATE / 1000;
    }
}
