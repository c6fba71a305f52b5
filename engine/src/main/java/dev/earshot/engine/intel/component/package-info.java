/**
 * The conversation-intelligence components of the pipeline door: {@code diarize}, {@code sentiment},
 * {@code summarize}, {@code detect_pii}, {@code redact_pii}, {@code detect_language}, {@code translate} and
 * {@code paraphrase}. Each works on the transcript of the step's working audio (shared with the other steps of
 * the run through its {@code RunCache}) or, for the text components, on a {@code text} param. What needs
 * something outside Earshot (an Apertium pair, an LLM endpoint) says so before the run starts.
 */
package dev.earshot.engine.intel.component;
