/**
 * Conversation intelligence on recognized speech: sentiment ({@code sentiment}), personal data detection
 * ({@code pii}) and redaction of transcripts and audio ({@code redact}). Everything here works on
 * speech-recognizer output (lower case, no punctuation, numbers spelled out) and runs locally from vendored
 * word lists (see {@code README.md} beside the lists under {@code resources/dev/earshot/engine/intel}); no
 * model is downloaded.
 */
package dev.earshot.engine.intel;
