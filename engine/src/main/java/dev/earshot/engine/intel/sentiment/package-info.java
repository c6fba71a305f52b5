/**
 * Sentiment of recognized speech. {@link dev.earshot.engine.intel.sentiment.SentimentScorer} scores a text
 * ({@link dev.earshot.engine.intel.sentiment.LexiconSentimentScorer#load()} is the local implementation over
 * the vendored VADER lexicon); {@link dev.earshot.engine.intel.sentiment.TranscriptSentiment#of} scores every
 * utterance of a transcript and the whole recording. Scores run from -1 to 1; labels are POSITIVE, NEUTRAL and
 * NEGATIVE with a neutral band of +-0.05.
 */
package dev.earshot.engine.intel.sentiment;
