package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.speech.component.LanguageParam;
import dev.earshot.engine.speech.diarization.DiarizationSettings;
import dev.earshot.engine.speech.diarization.SpeakerTranscript;
import dev.earshot.engine.speech.diarization.SpeakerUtterance;
import dev.earshot.engine.speech.transcript.Transcript;
import java.util.List;

/**
 * The params shared by the components that read a transcript and may split it by speaker: {@code language}
 * (as {@code transcribe}) and {@code by_speaker} (boolean, default false: when true the audio is also diarized
 * with default settings, shared with a {@code diarize} step of the run that uses them, and utterances are cut at
 * speaker turns and labelled).
 */
record SpeakerChoice(String language, boolean bySpeaker) {

    static SpeakerChoice read(ParamReader reader) {
        return new SpeakerChoice(LanguageParam.read(reader), reader.bool("by_speaker", false));
    }

    /** The transcript and, when asked for, its speakers; progress up to {@code done}. */
    Speech speech(RunAnalysis analysis, double done) {
        if (!bySpeaker) {
            return new Speech(analysis.transcript(language, done), null);
        }
        SpeakerTranscript speakers = analysis.speakerTranscript(language, DiarizationSettings.DEFAULTS,
                done * 0.7, done);
        return new Speech(RunAnalysis.byTurns(speakers, analysis.transcript(language, done)), speakers);
    }

    /**
     * A transcript, with utterances cut at speaker turns when {@code speakers} is not null.
     *
     * @param speakers the speaker of each utterance of {@code transcript} (same order), or null
     */
    record Speech(Transcript transcript, SpeakerTranscript speakers) {

        /** The speaker of utterance {@code index}, or null without speakers. */
        String speakerOf(int index) {
            return speakers == null ? null : speakers.utterances().get(index).speaker();
        }

        /** The speaker labels in order of first appearance; empty without speakers. */
        List<String> labels() {
            return speakers == null ? List.of() : speakers.speakers();
        }

        /** The transcript with only the utterances of {@code speaker}. */
        Transcript of(String speaker) {
            List<SpeakerUtterance> own = speakers.utterances().stream()
                    .filter(u -> u.speaker().equals(speaker)).toList();
            return new Transcript(own.stream().flatMap(u -> u.words().stream()).toList(),
                    own.stream().map(SpeakerUtterance::utterance).toList(),
                    String.join(" ", own.stream().map(SpeakerUtterance::text).toList()), transcript.language());
        }
    }
}
