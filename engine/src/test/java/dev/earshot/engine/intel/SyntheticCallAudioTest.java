package dev.earshot.engine.intel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.intel.pii.PiiType;
import dev.earshot.engine.intel.pii.SpokenPiiDetector;
import dev.earshot.engine.intel.redact.AudioRedactionPlan;
import dev.earshot.engine.intel.redact.AudioRedactor;
import dev.earshot.engine.intel.redact.RedactionSound;
import dev.earshot.engine.intel.redact.TranscriptRedactor;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechFixtures;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.TranscriptionSettings;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import dev.earshot.engine.testing.Pcm;
import dev.earshot.engine.testing.Tone;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The synthesized support call of {@code pii/call.wav} (see {@code pii/make-fixtures.sh}) through the real
 * models: transcribed with Vosk, its personal data found, then redacted in the transcript and in the audio,
 * and the redacted audio transcribed again.
 */
class SyntheticCallAudioTest {

    /** The values the caller gives, by type, normalised as {@link PiiEntity#text()} documents. */
    private static final Map<PiiType, String> SPOKEN = Map.of(
            PiiType.PERSON, "john smith",
            PiiType.CREDIT_CARD, "5555555555554444",
            PiiType.PHONE, "5550123456",
            PiiType.EMAIL, "john.smith@example.com",
            PiiType.DATE_OF_BIRTH, "1984-03-03");

    /** Peak of the beep, full scale 1. */
    private static final double BEEP_PEAK = Math.pow(10, AudioRedactor.BEEP_DBFS / 20);

    /** Slack around a turn's span for recognizer word times, in seconds. */
    private static final double TURN_SLACK_SECONDS = 0.15;

    @TempDir
    static Path dir;

    private static PcmFile audio;
    private static Transcript transcript;
    private static List<PiiEntity> entities;
    private static AudioRedactionPlan plan;
    private static List<CallTurn> turns;

    private static final SpokenPiiDetector detector = SpokenPiiDetector.load();

    @BeforeAll
    static void transcribeAndDetect() {
        audio = SpeechFixtures.loadWav("/pii/call.wav", dir);
        turns = CallTurn.parse(new String(SpeechFixtures.bytes("/pii/call.tsv"), StandardCharsets.UTF_8));
        transcript = transcribe(audio);
        entities = detector.detect(transcript.words());
        plan = AudioRedactionPlan.of(transcript, entities, audio.durationSeconds());
        System.out.println("call: " + transcript.text());
        entities.forEach(e -> System.out.printf("  %s %s %.2f-%.2f s %.2f%n", e.type(), e.text(), e.start(), e.end(),
                e.confidence()));
    }

    private static Transcript transcribe(PcmFile file) {
        return TestSpeechModels.shared().transcriber().transcribe(file, TranscriptionSettings.defaults());
    }

    @Test
    void everyEntityTheCallerGivesIsFoundWithItsValueWordsAndTimes() {
        assertThat(entities).extracting(PiiEntity::type).containsExactlyInAnyOrderElementsOf(SPOKEN.keySet());
        for (PiiEntity entity : entities) {
            assertThat(entity.text()).as("value of %s", entity.type()).isEqualTo(SPOKEN.get(entity.type()));
            CallTurn turn = CallTurn.at(turns, (entity.start() + entity.end()) / 2);
            assertThat(turn.speaker()).as("speaker of %s", entity.type()).isEqualTo("caller");
            assertThat(turn.spoken()).as("turn of %s", entity.type()).contains(String.join(" ", entity.words()));
            assertThat(entity.start()).isGreaterThan(turn.start() - TURN_SLACK_SECONDS);
            assertThat(entity.end()).isLessThan(turn.end() + TURN_SLACK_SECONDS);
        }
    }

    @Test
    void theRedactedTranscriptShowsTagsInsteadOfTheValues() {
        Transcript redacted = TranscriptRedactor.tags().redact(transcript, entities);

        for (PiiType type : SPOKEN.keySet()) {
            assertThat(redacted.text()).contains("[" + type + "]");
        }
        List<String> words = redacted.words().stream().map(Word::text).toList();
        assertThat(secretWords()).contains("john", "smith", "five", "four", "period", "example", "march", "eighty");
        assertThat(words).doesNotContainAnyElementsOf(secretWords());
        assertThat(redacted.text()).contains("card number").contains("email address").contains("date of birth");
        assertThat(transcript.text()).contains("john smith");
    }

    @ParameterizedTest
    @EnumSource(RedactionSound.class)
    void theRedactedAudioCarriesOnlyTheSoundInTheSpansAndIsUnchangedElsewhere(RedactionSound sound) {
        PcmFile redacted = redact(sound);

        float[] in = Pcm.read(audio);
        float[] out = Pcm.read(redacted);
        double padding = AudioRedactionPlan.DEFAULT_PADDING_SECONDS;
        for (PiiEntity entity : entities) {
            assertThat(plan.spans()).as("padded span of %s", entity.type()).anySatisfy(span -> {
                assertThat(span.start()).isLessThanOrEqualTo(Math.max(0, entity.start() - padding));
                assertThat(span.end()).isGreaterThanOrEqualTo(Math.min(audio.durationSeconds(), entity.end() + padding));
            });
        }
        int rate = audio.format().sampleRate();
        boolean[] covered = new boolean[in.length];
        for (TimeRange span : plan.spans()) {
            int from = (int) Math.floor(span.start() * rate);
            int to = (int) Math.min(in.length, Math.ceil(span.end() * rate));
            Arrays.fill(covered, from, to, true);
            float[] part = Arrays.copyOfRange(out, from, to);
            if (sound == RedactionSound.SILENCE) {
                assertThat(part).as("samples of %s", span).containsOnly(0f);
            } else {
                Tone beep = Tone.fit(part, rate, AudioRedactor.BEEP_HZ);
                assertThat(beep.peak()).as("beep peak in %s", span).isCloseTo(BEEP_PEAK, within(0.001));
                assertThat(beep.residualRatio()).as("energy besides the beep in %s", span).isLessThan(1e-6);
            }
        }
        int changed = 0;
        for (int i = 0; i < in.length; i++) {
            changed += covered[i] || in[i] == out[i] ? 0 : 1;
        }
        assertThat(changed).as("samples outside the spans that changed").isZero();
    }

    @ParameterizedTest
    @EnumSource(RedactionSound.class)
    void transcribingTheRedactedAudioFindsNoneOfTheEntitiesButTheRestOfTheCall(RedactionSound sound) {
        Transcript again = transcribe(redact(sound));
        List<PiiEntity> found = detector.detect(again.words());
        System.out.println(sound + ": " + again.text() + " / agent share " + recognisedShare(again, "agent"));
        found.forEach(e -> System.out.printf("  %s %s %.2f-%.2f s%n", e.type(), e.text(), e.start(), e.end()));

        assertThat(found).as("entities in the redacted audio").isEmpty();
        assertThat(again.words()).extracting(Word::text).doesNotContainAnyElementsOf(secretWords());
        assertThat(recognisedShare(again, "agent")).as("share of the agent's words still recognised")
                .isGreaterThan(0.8);
    }

    private static PcmFile redact(RedactionSound sound) {
        return new AudioRedactor(sound).redact(audio, plan, dir.resolve(sound + ".pcm"), BlockListener.NONE);
    }

    /**
     * The recognized words of the entities ("five", "john", "period", ...) that the call's transcript has
     * nowhere else, so that finding one again means part of an entity was heard.
     */
    private static Set<String> secretWords() {
        Set<String> secret = new HashSet<>();
        entities.forEach(e -> secret.addAll(e.words()));
        List<Word> words = transcript.words();
        for (int i = 0; i < words.size(); i++) {
            int index = i;
            if (entities.stream().noneMatch(e -> index >= e.firstWord() && index <= e.lastWord())) {
                secret.remove(words.get(i).text());
            }
        }
        return secret;
    }

    /** Share of the words {@code speaker}'s turns had in the original transcript that {@code again} still has. */
    private static double recognisedShare(Transcript again, String speaker) {
        List<String> before = new ArrayList<>();
        List<String> after = new ArrayList<>();
        for (CallTurn turn : turns) {
            if (turn.speaker().equals(speaker)) {
                before.addAll(turn.words(transcript));
                after.addAll(turn.words(again));
            }
        }
        List<String> left = new ArrayList<>(after);
        int kept = 0;
        for (String word : before) {
            kept += left.remove(word) ? 1 : 0;
        }
        return before.isEmpty() ? 0 : kept / (double) before.size();
    }
}
