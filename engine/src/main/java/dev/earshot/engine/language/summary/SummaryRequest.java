package dev.earshot.engine.language.summary;

/**
 * What a summary should be like.
 *
 * @param maxSentences how many sentences at most, {@value #MIN_SENTENCES} to {@value #MAX_SENTENCES}; default
 *                     {@value #DEFAULT_SENTENCES}
 * @param context      an optional instruction such as "focus on the customer's complaint", at most
 *                     {@value #MAX_CONTEXT_CHARS} characters; null when none (blank counts as none)
 */
public record SummaryRequest(int maxSentences, String context) {

    public static final int MIN_SENTENCES = 1;
    public static final int MAX_SENTENCES = 20;
    public static final int DEFAULT_SENTENCES = 3;
    public static final int MAX_CONTEXT_CHARS = 2000;

    public SummaryRequest {
        if (maxSentences < MIN_SENTENCES || maxSentences > MAX_SENTENCES) {
            throw new IllegalArgumentException("max_sentences must be " + MIN_SENTENCES + " to " + MAX_SENTENCES
                    + ", got " + maxSentences);
        }
        context = context == null || context.isBlank() ? null : context.strip();
        if (context != null && context.length() > MAX_CONTEXT_CHARS) {
            throw new IllegalArgumentException("context must be at most " + MAX_CONTEXT_CHARS + " characters, got "
                    + context.length());
        }
    }

    /** {@value #DEFAULT_SENTENCES} sentences, no context. */
    public static SummaryRequest defaults() {
        return new SummaryRequest(DEFAULT_SENTENCES, null);
    }
}
