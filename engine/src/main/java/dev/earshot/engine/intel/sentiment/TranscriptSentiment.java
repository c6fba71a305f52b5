package dev.earshot.engine.intel.sentiment;

import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Utterance;
import java.util.ArrayList;
import java.util.List;

/**
 * The sentiment of every utterance of a transcript and of the whole recording.
 *
 * <p>The overall score is the <em>duration-weighted</em> mean of the utterance scores: an utterance counts
 * with its length in seconds (at least {@value #MIN_WEIGHT_SECONDS} s, so that zero-length utterances still
 * count a little), so a long complaint outweighs a short "okay thanks". A transcript without utterances is
 * {@link Sentiment#NEUTRAL}.
 *
 * @param utterances one entry per utterance, in transcript order
 * @param overall    the sentiment of the whole recording, score -1 to 1
 */
public record TranscriptSentiment(List<UtteranceSentiment> utterances, Sentiment overall) {

    /** The least weight an utterance gets in the overall score, in seconds. */
    public static final double MIN_WEIGHT_SECONDS = 0.1;

    public TranscriptSentiment {
        utterances = List.copyOf(utterances);
    }

    /** Scores each utterance of {@code transcript} with {@code scorer} and combines them. */
    public static TranscriptSentiment of(Transcript transcript, SentimentScorer scorer) {
        List<UtteranceSentiment> scored = new ArrayList<>();
        double weighted = 0;
        double weights = 0;
        for (int i = 0; i < transcript.utterances().size(); i++) {
            Utterance utterance = transcript.utterances().get(i);
            Sentiment sentiment = scorer.score(utterance.text());
            scored.add(new UtteranceSentiment(i, utterance.start(), utterance.end(), utterance.text(), sentiment));
            double weight = Math.max(MIN_WEIGHT_SECONDS, utterance.end() - utterance.start());
            weighted += weight * sentiment.score();
            weights += weight;
        }
        Sentiment overall = weights == 0 ? Sentiment.NEUTRAL : Sentiment.of(clamp(weighted / weights));
        return new TranscriptSentiment(scored, overall);
    }

    private static double clamp(double score) {
        return Math.max(-1, Math.min(1, score));
    }
}
