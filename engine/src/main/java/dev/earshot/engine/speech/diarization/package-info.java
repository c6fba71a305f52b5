/**
 * Speaker diarization ("who spoke when") built from signal processing, without a neural speaker-embedding model
 * (none is available to this project).
 *
 * <ul>
 * <li>{@link dev.earshot.engine.speech.diarization.Diarizer} is the capability and
 *     {@link dev.earshot.engine.speech.diarization.BicDiarizer} its local implementation (VAD, MFCC, BIC
 *     change detection and clustering, Viterbi resegmentation; the method, its limits and its measured error are
 *     described there). {@link dev.earshot.engine.speech.diarization.DiarizationSettings} carries the speaker
 *     count range (1 to 10) and the VAD settings; the result is a
 *     {@link dev.earshot.engine.speech.diarization.Diarization} of
 *     {@link dev.earshot.engine.speech.diarization.SpeakerTurn}s labelled {@code S1}, {@code S2}, ... in order of
 *     first appearance.</li>
 * <li>{@link dev.earshot.engine.speech.diarization.SpeakerAttribution} gives every word of a transcript a speaker
 *     and splits the utterances at speaker changes
 *     ({@link dev.earshot.engine.speech.diarization.SpeakerTranscript}).</li>
 * <li>{@link dev.earshot.engine.speech.diarization.Rttm} writes and reads the NIST RTTM format;
 *     {@link dev.earshot.engine.speech.diarization.DiarizationScorer} computes the diarization error rate
 *     against a reference.</li>
 * </ul>
 */
package dev.earshot.engine.speech.diarization;
