package dev.earshot.engine.intel.sentiment;

/**
 * How positive or negative a piece of speech is.
 *
 * @param label POSITIVE when {@code score >= }{@value #THRESHOLD}, NEGATIVE when {@code score <= -}{@value #THRESHOLD},
 *              NEUTRAL in between
 * @param score -1 (most negative) to +1 (most positive); 0 for text without sentiment
 */
public record Sentiment(SentimentLabel label, double score) {

    /** The score from which a text counts as positive (and, negated, as negative). */
    public static final double THRESHOLD = 0.05;

    /** A neutral text: score 0. */
    public static final Sentiment NEUTRAL = new Sentiment(SentimentLabel.NEUTRAL, 0);

    public Sentiment {
        if (!(score >= -1 && score <= 1)) {
            throw new IllegalArgumentException("sentiment score must be -1..1, got " + score);
        }
        if (label != labelOf(score)) {
            throw new IllegalArgumentException("score " + score + " is " + labelOf(score) + ", not " + label);
        }
    }

    /** The sentiment of {@code score} (-1 to 1), labelled by {@link #THRESHOLD}. */
    public static Sentiment of(double score) {
        return new Sentiment(labelOf(score), score);
    }

    private static SentimentLabel labelOf(double score) {
        if (score >= THRESHOLD) {
            return SentimentLabel.POSITIVE;
        }
        return score <= -THRESHOLD ? SentimentLabel.NEGATIVE : SentimentLabel.NEUTRAL;
    }
}
