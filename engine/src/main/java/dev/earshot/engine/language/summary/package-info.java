/**
 * Transcript sentences and summaries, extractive (TextRank) or through an LLM; see
 * {@link dev.earshot.engine.language}.
 */
package dev.earshot.engine.language.summary;
