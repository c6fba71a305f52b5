package dev.earshot.engine.speech.diarization;

import java.util.List;

/**
 * A transcript with a speaker on every word (see {@link SpeakerAttribution}).
 *
 * @param words      every word with its speaker, in time order
 * @param utterances the words grouped at pauses longer than
 *                   {@link dev.earshot.engine.speech.transcript.Transcript#UTTERANCE_PAUSE_SECONDS} and at every
 *                   change of speaker
 * @param speakers   the speaker labels of the diarization, in order of first appearance in the audio
 * @param language   the transcript's language, a BCP 47 tag
 */
public record SpeakerTranscript(List<SpeakerWord> words, List<SpeakerUtterance> utterances, List<String> speakers,
        String language) {

    public SpeakerTranscript {
        words = List.copyOf(words);
        utterances = List.copyOf(utterances);
        speakers = List.copyOf(speakers);
    }
}
