package dev.earshot.engine.intel.redact;

import static dev.earshot.engine.intel.redact.TranscriptRedactorTest.entity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.intel.SpokenWords;
import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.intel.pii.PiiType;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.util.List;
import org.junit.jupiter.api.Test;

class AudioRedactionPlanTest {

    private static final double PAD = AudioRedactionPlan.DEFAULT_PADDING_SECONDS;

    private static Transcript transcript(Word... words) {
        return Transcript.of(List.of(words), "en");
    }

    private static Word word(String text, double start, double end) {
        return new Word(text, start, end, 0.9);
    }

    @Test
    void eachEntityIsCoveredFromItsFirstWordToItsLastWithPadding() {
        SpokenWords spoken = new SpokenWords().say("my name is john and my card is four one one one");
        Transcript transcript = spoken.transcript();
        PiiEntity name = entity(transcript, PiiType.PERSON, "john", 3, 3);
        PiiEntity card = entity(transcript, PiiType.CREDIT_CARD, "4111", 8, 11);

        AudioRedactionPlan plan = AudioRedactionPlan.of(transcript, List.of(card, name), 20);

        assertThat(plan.spans()).hasSize(2);
        assertSpan(plan.spans().get(0), name.start() - PAD, name.end() + PAD);
        assertSpan(plan.spans().get(1), card.start() - PAD, card.end() + PAD);
        assertThat(plan.failedClosed()).isZero();
        assertThat(plan.coveredSeconds()).isCloseTo(name.end() - name.start() + card.end() - card.start() + 4 * PAD,
                within(1e-9));
    }

    @Test
    void overlappingSpansAreMergedAndEdgesClamped() {
        Transcript transcript = transcript(word("john", 0.05, 0.4), word("smith", 0.5, 0.9), word("ok", 2.0, 2.3),
                word("anna", 2.9, 3.0));
        List<PiiEntity> entities = List.of(entity(transcript, PiiType.PERSON, "john", 0, 0),
                entity(transcript, PiiType.PERSON, "smith", 1, 1), entity(transcript, PiiType.PERSON, "anna", 3, 3));

        AudioRedactionPlan plan = AudioRedactionPlan.of(transcript, entities, 3.05, 0.15);

        assertThat(plan.spans()).hasSize(2);
        assertSpan(plan.spans().get(0), 0, 1.05);
        assertSpan(plan.spans().get(1), 2.75, 3.05);
    }

    @Test
    void anEntityWithAZeroLengthWordFailsClosedToItsWholeUtterance() {
        Transcript transcript = transcript(word("my", 1.0, 1.2), word("number", 1.3, 1.6), word("is", 1.7, 1.8),
                word("five", 1.9, 1.9), word("five", 2.0, 2.2), word("thanks", 2.3, 2.6), word("bye", 5.0, 5.3));
        PiiEntity phone = entity(transcript, PiiType.PHONE, "55", 3, 4);

        AudioRedactionPlan plan = AudioRedactionPlan.of(transcript, List.of(phone), 6);

        assertThat(plan.failedClosed()).isEqualTo(1);
        assertThat(plan.spans()).singleElement().satisfies(s -> assertSpan(s, 1.0 - PAD, 2.6 + PAD));
    }

    @Test
    void anEntityInAnUntimedUtteranceFailsClosedToTheGapBetweenItsNeighbours() {
        Transcript transcript = transcript(word("hello", 0.2, 0.5), word("john", 2.0, 2.0), word("smith", 2.0, 2.0),
                word("bye", 4.0, 4.4));
        PiiEntity name = entity(transcript, PiiType.PERSON, "john smith", 1, 2);

        AudioRedactionPlan plan = AudioRedactionPlan.of(transcript, List.of(name), 5);

        assertThat(plan.spans()).singleElement().satisfies(s -> assertSpan(s, 0.5, 4.0));
    }

    @Test
    void anEntityPastTheEndOfTheAudioFailsClosed() {
        Transcript transcript = transcript(word("call", 1.0, 1.3), word("john", 9.0, 9.4));
        PiiEntity name = entity(transcript, PiiType.PERSON, "john", 1, 1);

        AudioRedactionPlan plan = AudioRedactionPlan.of(transcript, List.of(name), 5);

        assertThat(plan.failedClosed()).isEqualTo(1);
        assertThat(plan.spans()).singleElement().satisfies(s -> assertSpan(s, 1.3, 5));
    }

    @Test
    void noEntitiesNoSpans() {
        Transcript transcript = new SpokenWords().say("hello").transcript();

        assertThat(AudioRedactionPlan.of(transcript, List.of(), 3).spans()).isEmpty();
    }

    @Test
    void negativeDurationOrPaddingIsRefused() {
        Transcript transcript = new SpokenWords().say("hello").transcript();

        assertThatThrownBy(() -> AudioRedactionPlan.of(transcript, List.of(), -1, 0.1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> AudioRedactionPlan.of(transcript, List.of(), 1, -0.1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static void assertSpan(TimeRange span, double start, double end) {
        assertThat(span.start()).as("start of %s", span).isCloseTo(start, within(1e-9));
        assertThat(span.end()).as("end of %s", span).isCloseTo(end, within(1e-9));
    }
}
