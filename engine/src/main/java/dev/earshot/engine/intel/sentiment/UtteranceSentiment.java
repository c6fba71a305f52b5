package dev.earshot.engine.intel.sentiment;

/**
 * The sentiment of one utterance of a transcript.
 *
 * @param index     position of the utterance in {@code Transcript.utterances()}, from 0
 * @param start     start of the utterance, in seconds
 * @param end       end of the utterance, in seconds
 * @param text      the utterance text that was scored
 * @param sentiment its sentiment
 */
public record UtteranceSentiment(int index, double start, double end, String text, Sentiment sentiment) {
}
