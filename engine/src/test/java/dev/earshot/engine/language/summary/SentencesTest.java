package dev.earshot.engine.language.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SentencesTest {

    @Test
    void utterancesBecomeSentencesWithTheirTimes() {
        Talk talk = new Talk().say("the weather is nice today").say("please send me the report");
        List<Sentence> sentences = Sentences.of(talk.transcript());
        assertThat(sentences).extracting(Sentence::text)
                .containsExactly("the weather is nice today", "please send me the report");
        assertThat(sentences.get(0).start()).isEqualTo(0.5);
        assertThat(sentences.get(0).end()).isEqualTo(2.4);
        assertThat(sentences.get(1).start()).isEqualTo(3.4);
        assertThat(sentences).extracting(Sentence::speaker).containsOnlyNulls();
    }

    @Test
    void aShortPauseEndsASentenceOnlyAfterEnoughWords() {
        Talk talk = new Talk().say("i called yesterday about my bill").say(0.5, null, "nobody answered")
                .say(0.5, null, "so i called again today");
        assertThat(talk.transcript().utterances()).hasSize(1);
        assertThat(Sentences.of(talk.transcript())).extracting(Sentence::text)
                .containsExactly("i called yesterday about my bill", "nobody answered so i called again today");
    }

    @Test
    void aPauseJustBelowTheThresholdDoesNotCut() {
        Talk talk = new Talk().say("i called yesterday about my bill").say(Sentences.PAUSE_SECONDS - 0.05, null,
                "and nobody answered");
        assertThat(Sentences.of(talk.transcript())).hasSize(1);
    }

    @Test
    void aLongRunWithoutPausesIsCutAtTheWordLimit() {
        String hundred = java.util.stream.IntStream.range(0, 100).mapToObj(i -> "word" + i)
                .collect(Collectors.joining(" "));
        List<Sentence> sentences = Sentences.of(new Talk().say(hundred).transcript());
        assertThat(sentences).extracting(s -> s.text().split(" ").length)
                .containsExactly(Sentences.MAX_WORDS, Sentences.MAX_WORDS, 100 - 2 * Sentences.MAX_WORDS);
        assertThat(String.join(" ", sentences.stream().map(Sentence::text).collect(Collectors.toList())))
                .isEqualTo(hundred);
    }

    @Test
    void aSpeakerTurnEndsASentenceEvenWithoutAPause() {
        Talk talk = new Talk().say(0.1, "S1", "can you hear me").say(0.1, "S2", "yes").say(0.1, "S1", "good");
        List<Sentence> sentences = Sentences.of(talk.transcript(), talk::speakerOf);
        assertThat(sentences).extracting(Sentence::text).containsExactly("can you hear me", "yes", "good");
        assertThat(sentences).extracting(Sentence::speaker).containsExactly("S1", "S2", "S1");
        assertThat(Sentences.of(talk.transcript())).hasSize(1);
    }

    @Test
    void anEmptyTranscriptHasNoSentences() {
        assertThat(Sentences.of(new Talk().transcript())).isEmpty();
    }

    @Test
    void aSentenceRefusesImpossibleValues() {
        assertThatThrownBy(() -> new Sentence(" ", 0, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentence("a", 2, 1, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Sentence("a", -1, 1, null)).isInstanceOf(IllegalArgumentException.class);
    }
}
