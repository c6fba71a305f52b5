package dev.earshot.engine.speech.diarization;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.TranscriptionSettings;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpeakerAttributionTest {

    private static final Diarization TWO = new Diarization(List.of(
            new SpeakerTurn("S1", 0.0, 2.0), new SpeakerTurn("S2", 2.0, 4.0), new SpeakerTurn("S1", 5.0, 7.0)),
            List.of("S1", "S2"));

    @TempDir
    Path dir;

    @Test
    void eachWordTakesTheTurnItOverlapsMost() {
        Transcript transcript = Transcript.of(List.of(
                word("hello", 0.2, 0.6), word("there", 1.7, 2.2), word("yes", 2.3, 2.6), word("okay", 5.1, 5.5)),
                "en");

        SpeakerTranscript attributed = SpeakerAttribution.attribute(transcript, TWO);

        assertThat(attributed.words()).extracting(SpeakerWord::speaker).containsExactly("S1", "S1", "S2", "S1");
        assertThat(attributed.speakers()).containsExactly("S1", "S2");
        assertThat(attributed.language()).isEqualTo("en");
    }

    @Test
    void aWordOutsideEveryTurnTakesTheNearestOne() {
        Transcript transcript = Transcript.of(List.of(
                word("early", 4.1, 4.3), word("late", 4.6, 4.9), word("after", 7.5, 7.8)), "en");

        SpeakerTranscript attributed = SpeakerAttribution.attribute(transcript, TWO);

        assertThat(attributed.words()).extracting(SpeakerWord::speaker).containsExactly("S2", "S1", "S1");
    }

    @Test
    void utterancesEndAtEveryChangeOfSpeakerAndAtLongPauses() {
        Transcript transcript = Transcript.of(List.of(
                word("good", 1.0, 1.4), word("morning", 1.5, 1.9), word("hi", 2.1, 2.3), word("there", 2.4, 2.7),
                word("so", 5.2, 5.4), word("anyway", 6.3, 6.8)), "en");
        assertThat(transcript.utterances()).hasSize(3);

        SpeakerTranscript attributed = SpeakerAttribution.attribute(transcript, TWO);

        assertThat(attributed.utterances()).extracting(SpeakerUtterance::speaker, SpeakerUtterance::text)
                .containsExactly(
                        Tuple.tuple("S1", "good morning"),
                        Tuple.tuple("S2", "hi there"),
                        Tuple.tuple("S1", "so"),
                        Tuple.tuple("S1", "anyway"));
        assertThat(attributed.utterances().get(1).start()).isEqualTo(2.1);
        assertThat(attributed.utterances().get(1).end()).isEqualTo(2.7);
    }

    @Test
    void withoutTurnsEveryWordIsTheSoleSpeakers() {
        Transcript transcript = Transcript.of(List.of(word("hm", 1, 1.2), word("yes", 1.4, 1.6)), "en");
        Diarization none = new Diarization(List.of(), List.of());

        SpeakerTranscript attributed = SpeakerAttribution.attribute(transcript, none);

        assertThat(attributed.words()).extracting(SpeakerWord::speaker).containsOnly("S1");
        assertThat(attributed.speakers()).containsExactly("S1");
        assertThat(attributed.utterances()).hasSize(1);
        assertThat(SpeakerAttribution.attribute(Transcript.of(List.of(), "en"), none).speakers()).isEmpty();
    }

    @Test
    void theWordsOfTheRecognisedFixtureGoToTheirReferenceSpeakers() {
        PcmFile audio = DiarizationFixtures.audio("two-speakers", dir);
        List<SpeakerTurn> reference = DiarizationFixtures.reference("two-speakers");
        Transcript transcript = TestSpeechModels.shared().transcriber().transcribe(audio,
                TranscriptionSettings.defaults());
        Diarization diarization = new BicDiarizer(TestSpeechModels.shared().voiceActivityDetector())
                .diarize(audio, DiarizationSettings.DEFAULTS);
        Map<String, String> mapping = DiarizationScorer.score(reference, diarization.turns()).mapping();

        SpeakerTranscript attributed = SpeakerAttribution.attribute(transcript, diarization);

        long right = attributed.words().stream()
                .filter(word -> word.speaker().equals(mapping.get(referenceSpeaker(reference, word.word()))))
                .count();
        System.out.printf("attribution: %d of %d words to their reference speaker, %d utterances%n", right,
                attributed.words().size(), attributed.utterances().size());
        assertThat(attributed.words()).hasSizeGreaterThan(50);
        assertThat((double) right / attributed.words().size()).isGreaterThanOrEqualTo(0.95);
        assertThat(attributed.utterances()).hasSizeGreaterThanOrEqualTo(7);
    }

    private static String referenceSpeaker(List<SpeakerTurn> reference, Word word) {
        double middle = (word.start() + word.end()) / 2;
        SpeakerTurn nearest = reference.get(0);
        for (SpeakerTurn turn : reference) {
            double distance = Math.max(0, Math.max(turn.start() - middle, middle - turn.end()));
            double best = Math.max(0, Math.max(nearest.start() - middle, middle - nearest.end()));
            if (distance < best) {
                nearest = turn;
            }
        }
        return nearest.speaker();
    }

    private static Word word(String text, double start, double end) {
        return new Word(text, start, end, 1.0);
    }
}
