package dev.earshot.engine.speech.diarization;

import java.util.Map;

/**
 * The diarization error of a hypothesis against a reference, in seconds of scored time (see
 * {@link DiarizationScorer}). With several reference speakers talking at once, each speaker's time counts.
 *
 * @param missedSeconds     reference speech with no hypothesis speaker (more reference than hypothesis speakers)
 * @param falseAlarmSeconds hypothesis speech with no reference speaker (more hypothesis than reference speakers)
 * @param confusionSeconds  speech given to a hypothesis speaker not mapped to the reference speaker
 * @param referenceSeconds  total scored reference speech
 * @param mapping           reference speaker to the hypothesis speaker it was mapped to (one-to-one, chosen to
 *                          maximise the time they share); unmapped speakers are absent
 */
public record DiarizationError(double missedSeconds, double falseAlarmSeconds, double confusionSeconds,
        double referenceSeconds, Map<String, String> mapping) {

    public DiarizationError {
        mapping = Map.copyOf(mapping);
    }

    /**
     * The diarization error rate: (missed + false alarm + confusion) / reference speech, 0 or more (it can exceed
     * 1). 0 when there is neither reference nor hypothesis speech; infinite for hypothesis speech against no
     * reference speech.
     */
    public double rate() {
        double errors = missedSeconds + falseAlarmSeconds + confusionSeconds;
        if (referenceSeconds == 0) {
            return errors == 0 ? 0 : Double.POSITIVE_INFINITY;
        }
        return errors / referenceSeconds;
    }
}
