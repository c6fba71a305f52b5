package dev.earshot.engine.intel.redact;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.intel.SpokenWords;
import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.intel.pii.PiiType;
import dev.earshot.engine.intel.pii.SpokenPiiDetector;
import dev.earshot.engine.intel.pii.SyntheticCall;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TranscriptRedactorTest {

    private static final byte[] SALT = "a per-deployment secret salt".getBytes(StandardCharsets.UTF_8);

    private static SpokenPiiDetector detector;

    @BeforeAll
    static void load() {
        detector = SpokenPiiDetector.load();
    }

    @Test
    void theRedactedCallShowsTagsInsteadOfEveryEntity() {
        Transcript call = new SyntheticCall().spoken.transcript();
        List<PiiEntity> entities = detector.detect(call.words());

        Transcript redacted = TranscriptRedactor.tags().redact(call, entities);

        assertThat(redacted.text()).contains("this is [PERSON] how can i help you",
                "my name is [PERSON] and i want to pay my bill", "sure it is [CREDIT_CARD]", "[PHONE]",
                "it is [EMAIL]", "i was born on [DATE_OF_BIRTH]", "[SSN]", "and i live at [ADDRESS]",
                "perfect thank you [PERSON] that is all done");
        assertThat(redacted.text()).doesNotContain("john", "smith", "anna", "four one", "five five", "example",
                "march", "baker", "twenty one");
        assertThat(redacted.words()).hasSize(call.words().size()
                - entities.stream().mapToInt(e -> e.lastWord() - e.firstWord()).sum());
        assertThat(redacted.utterances()).hasSameSizeAs(call.utterances());
        assertThat(redacted.language()).isEqualTo("en");
    }

    @Test
    void aTagWordSpansItsEntityWords() {
        Transcript call = new SyntheticCall().spoken.transcript();
        PiiEntity card = detector.detect(call.words()).stream()
                .filter(e -> e.type() == PiiType.CREDIT_CARD).findFirst().orElseThrow();

        Transcript redacted = TranscriptRedactor.tags().redact(call, List.of(card));

        Word tag = redacted.words().stream().filter(w -> w.text().equals("[CREDIT_CARD]")).findFirst().orElseThrow();
        assertThat(tag.start()).isEqualTo(card.start());
        assertThat(tag.end()).isEqualTo(card.end());
    }

    @Test
    void hashTagsAreStableForOneSaltAndDifferAcrossSalts() {
        Transcript call = new SyntheticCall().spoken.transcript();
        List<PiiEntity> entities = detector.detect(call.words());

        String first = TranscriptRedactor.hashes(SALT).redact(call, entities).text();
        String again = TranscriptRedactor.hashes(SALT.clone()).redact(call, entities).text();
        String otherSalt = TranscriptRedactor.hashes("another deployment's salt!".getBytes(StandardCharsets.UTF_8))
                .redact(call, entities).text();

        assertThat(first).isEqualTo(again).isNotEqualTo(otherSalt);
        assertThat(first).containsPattern("\\[EMAIL:[0-9a-f]{8}]").containsPattern("\\[CREDIT_CARD:[0-9a-f]{8}]");
        assertThat(first).doesNotContain("john.smith", "4111");
    }

    @Test
    void theSameValueGetsTheSameHashWhereverItIsSaid() {
        Transcript transcript = new SpokenWords().say("my name is john lee").turn().say("thanks john lee").transcript();
        List<PiiEntity> entities = List.of(
                entity(transcript, PiiType.PERSON, "john lee", 3, 4),
                entity(transcript, PiiType.PERSON, "john lee", 6, 7));

        Transcript redacted = TranscriptRedactor.hashes(SALT).redact(transcript, entities);

        assertThat(redacted.words().get(3).text()).isEqualTo(redacted.words().get(5).text()).startsWith("[PERSON:");
    }

    @Test
    void anEntityAcrossTwoUtterancesStaysInTheFirst() {
        Transcript transcript = new SpokenWords().say("my number is five five five").turn()
                .say("one two three four thanks").transcript();
        PiiEntity phone = entity(transcript, PiiType.PHONE, "5551234", 3, 9);

        Transcript redacted = TranscriptRedactor.tags().redact(transcript, List.of(phone));

        assertThat(redacted.utterances()).extracting(u -> u.text())
                .containsExactly("my number is [PHONE]", "thanks");
    }

    @Test
    void anUtteranceThatWasAllEntityDisappears() {
        Transcript transcript = new SpokenWords().say("my number is").turn().say("five five five one two three four")
                .turn().say("thanks").transcript();
        PiiEntity phone = entity(transcript, PiiType.PHONE, "5551234", 3, 9);

        Transcript redacted = TranscriptRedactor.tags().redact(transcript, List.of(phone));

        assertThat(redacted.utterances()).extracting(u -> u.text())
                .containsExactly("my number is", "[PHONE]", "thanks");
        assertThat(redacted.text()).isEqualTo("my number is [PHONE] thanks");
    }

    @Test
    void noEntitiesLeaveTheTranscriptAsItWas() {
        Transcript call = new SyntheticCall().spoken.transcript();

        assertThat(TranscriptRedactor.tags().redact(call, List.of())).isEqualTo(call);
    }

    @Test
    void entitiesFromAnotherWordListAreRefused() {
        Transcript transcript = new SpokenWords().say("hello there").transcript();
        PiiEntity elsewhere = new PiiEntity(PiiType.PERSON, "john", List.of("john"), 1, 1, 0, 1, 0.9);
        PiiEntity outside = new PiiEntity(PiiType.PERSON, "john", List.of("john"), 5, 5, 0, 1, 0.9);

        assertThatThrownBy(() -> TranscriptRedactor.tags().redact(transcript, List.of(elsewhere)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("another word list");
        assertThatThrownBy(() -> TranscriptRedactor.tags().redact(transcript, List.of(outside)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }

    @Test
    void aShortSaltIsRefused() {
        assertThatThrownBy(() -> TranscriptRedactor.hashes("short".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("16 bytes");
        assertThatThrownBy(() -> TranscriptRedactor.hashes(null)).isInstanceOf(IllegalArgumentException.class);
    }

    static PiiEntity entity(Transcript transcript, PiiType type, String text, int first, int last) {
        List<Word> words = transcript.words().subList(first, last + 1);
        return new PiiEntity(type, text, words.stream().map(Word::text).toList(), first, last,
                words.get(0).start(), words.get(words.size() - 1).end(), 0.9);
    }
}
