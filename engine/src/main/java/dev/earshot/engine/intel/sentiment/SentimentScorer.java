package dev.earshot.engine.intel.sentiment;

/** Scores the sentiment of a text. Implementations are thread-safe. */
public interface SentimentScorer {

    /**
     * The sentiment of {@code text}: speech-recognizer output (any case, punctuation optional). Empty or blank
     * text is {@link Sentiment#NEUTRAL}.
     */
    Sentiment score(String text);
}
