/**
 * Redaction of personal data found by a {@code PiiDetector}:
 * {@link dev.earshot.engine.intel.redact.TranscriptRedactor} replaces entity words in a transcript with tags
 * or keyed hashes; {@link dev.earshot.engine.intel.redact.AudioRedactionPlan} turns entities into padded time
 * spans (failing closed to the utterance when words have no timing);
 * {@link dev.earshot.engine.intel.redact.AudioRedactor} writes a copy of working audio with those spans beeped
 * or silenced, streaming in blocks.
 */
package dev.earshot.engine.intel.redact;
