package dev.earshot.engine.speech.component;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.StepRejectedException;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The fixtures' voices: us-male and gb-female are the same espeak-ng base voice (median pitch about 101 Hz in
 * both: the +f3 variant did not make it female) with other accents and sentences; us-female is another voice
 * (about 190 Hz), recorded at 11 kHz.
 */
class SpeechSimilarityTest {

    @TempDir
    Path dir;

    private final SpeechSimilarity component = new SpeechSimilarity(TestSpeechModels.shared());

    @Test
    void aRecordingIsFullySimilarToItself() {
        PcmFile audio = SpeechFixtures.load("us-male-160-16k.wav", dir);
        PcmFile copy = SpeechFixtures.concatenate(dir.resolve("copy.pcm"), List.of(audio));
        Map<String, Object> metrics = Steps.metrics(component, Map.of(), dir, audio, copy);
        System.out.println("speech_similarity us-male vs itself: " + metrics);
        assertThat(metrics).containsOnlyKeys("speaker_similarity", "speaker_method", "content_similarity",
                        "content_method", "similarity", "reason", "inputs")
                .containsEntry("speaker_similarity", 1.0).containsEntry("content_similarity", 1.0)
                .containsEntry("similarity", 1.0).containsEntry("reason", null)
                .containsEntry("speaker_method", "mfcc_bhattacharyya")
                .containsEntry("content_method", "word_multiset_f1");
        assertThat(Steps.objects(metrics, "inputs")).hasSize(2).allSatisfy(input -> {
            assertThat(input).containsOnlyKeys("index", "duration_seconds", "speech_seconds", "word_count");
            assertThat((Double) input.get("speech_seconds")).isGreaterThan(5);
            assertThat((Integer) input.get("word_count")).isGreaterThan(15);
        });
    }

    @Test
    void anotherVoiceSayingOtherThingsScoresClearlyLower() {
        PcmFile male = SpeechFixtures.load("us-male-160-16k.wav", dir);
        PcmFile female = SpeechFixtures.load("us-female-190-11k.wav", dir);
        PcmFile sameVoice = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        Map<String, Object> other = Steps.metrics(component, Map.of(), dir, male, female);
        Map<String, Object> similar = Steps.metrics(component, Map.of(), dir, male, sameVoice);
        System.out.println("speech_similarity us-male vs us-female: " + other);
        System.out.println("speech_similarity us-male vs gb-female (same espeak voice): " + similar);
        assertThat((Double) other.get("speaker_similarity")).isLessThan(0.4);
        assertThat((Double) other.get("content_similarity")).isLessThan(0.4);
        assertThat((Double) other.get("similarity")).isLessThan(0.4);
        assertThat((Double) similar.get("speaker_similarity")).isGreaterThan(0.6)
                .isGreaterThan((Double) other.get("speaker_similarity") + 0.3);
        assertThat((Double) similar.get("content_similarity")).isLessThan(0.4);
    }

    @Test
    void withoutSpeechInAFileTheScoresAreNullWithAReason() {
        PcmFile speech = SpeechFixtures.load("gb-female-140-16k.wav", dir);
        PcmFile silence = SpeechFixtures.silence(dir.resolve("s.pcm"), new AudioFormat(44_100, 2), 5);
        Map<String, Object> metrics = Steps.metrics(component, Map.of(), dir, silence, speech);
        assertThat(metrics).containsEntry("speaker_similarity", null).containsEntry("content_similarity", null)
                .containsEntry("similarity", null)
                .containsEntry("reason", "no speech detected in inputs[0]");
        assertThat(Steps.objects(metrics, "inputs")).allSatisfy(i -> assertThat(i).containsEntry("word_count", null));
        PcmFile noise = SpeechFixtures.noise(dir.resolve("n.pcm"), AudioFormat.SPEECH, 3, 0.3f, 5);
        assertThat(Steps.metrics(component, Map.of(), dir, noise, silence))
                .containsEntry("reason", "no speech detected in inputs[0] and inputs[1]");
    }

    @Test
    void needsTwoFiles() {
        PcmFile speech = SpeechFixtures.silence(dir.resolve("s.pcm"), AudioFormat.SPEECH, 1);
        assertThatThrownBy(() -> component.run(StepContext.standalone(speech, List.of(speech), dir),
                Steps.parse(component, Map.of())))
                .isInstanceOf(StepRejectedException.class).hasMessageContaining("two uploaded files");
    }

    @Test
    void contentIsTheF1OfTheWordMultisets() {
        assertThat(ContentSimilarity.of(words("the cat saw the dog"), words("The dog saw a cat")))
                .isEqualTo(2.0 * 4 / 10);
        assertThat(ContentSimilarity.of(words("a a a"), words("a"))).isEqualTo(0.5);
        assertThat(ContentSimilarity.of(words("yes"), List.of())).isZero();
        assertThat(ContentSimilarity.of(List.of(), List.of())).isNaN();
    }

    private static List<Word> words(String text) {
        return Arrays.stream(text.split(" ")).map(w -> new Word(w, 0, 0.1, 1)).toList();
    }
}
