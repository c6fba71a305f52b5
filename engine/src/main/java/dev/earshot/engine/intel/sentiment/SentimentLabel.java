package dev.earshot.engine.intel.sentiment;

/** The direction of a {@link Sentiment}. */
public enum SentimentLabel {
    POSITIVE,
    NEUTRAL,
    NEGATIVE
}
