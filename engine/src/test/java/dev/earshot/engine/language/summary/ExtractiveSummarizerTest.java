package dev.earshot.engine.language.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.engine.speech.transcript.Transcript;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ExtractiveSummarizerTest {

    private final ExtractiveSummarizer summarizer = new ExtractiveSummarizer();
    private final Transcript call = Talk.supportCall().transcript();

    @Test
    void theDefaultSummaryIsThreeCentralSentencesInTimeOrderWithTheirTimes() {
        Summary summary = summarizer.summarize(call, SummaryRequest.defaults());

        assertThat(summary.method()).isEqualTo("textrank");
        assertThat(summary.sentences()).hasSize(3);
        assertThat(summary.sentences()).isSortedAccordingTo(Comparator.comparingDouble(Sentence::start));
        assertThat(summary.sentences()).allSatisfy(s -> assertThat(s.text()).containsAnyOf("router", "connection"));
        List<Sentence> all = Sentences.of(call);
        assertThat(all).containsAll(summary.sentences());
        String first = summary.sentences().get(0).text();
        assertThat(summary.text()).startsWith(first.substring(0, 1).toUpperCase() + first.substring(1) + ". ")
                .endsWith(".");
    }

    @Test
    void greetingsThanksAndTheAsideAreLeftOut() {
        Summary summary = summarizer.summarize(call, new SummaryRequest(5, null));
        assertThat(summary.sentences()).extracting(Sentence::text)
                .noneMatch(text -> text.startsWith("hello") || text.startsWith("okay") || text.startsWith("you are")
                        || text.contains("refund"));
    }

    @Test
    void aContextPullsTheSentencesItNamesIntoTheSummary() {
        Summary plain = summarizer.summarize(call, new SummaryRequest(2, null));
        Summary focused = summarizer.summarize(call, new SummaryRequest(2, "focus on the refund for the double charge"));
        assertThat(plain.sentences()).extracting(Sentence::text).noneMatch(text -> text.contains("refund"));
        assertThat(focused.sentences()).extracting(Sentence::text).anyMatch(text -> text.contains("refund"));
        assertThat(summarizer.summarize(call, new SummaryRequest(2, "focus on the")).sentences())
                .isEqualTo(plain.sentences());
        assertThat(summarizer.summarize(call, new SummaryRequest(2, "zebra giraffe")).sentences())
                .isEqualTo(plain.sentences());
    }

    @Test
    void askingForMoreSentencesThanThereAreGivesThemAll() {
        Transcript short2 = new Talk().say("the order arrived broken").say("please send a new order").transcript();
        Summary summary = summarizer.summarize(short2, new SummaryRequest(20, null));
        assertThat(summary.sentences()).isEqualTo(Sentences.of(short2));
        assertThat(summary.text()).isEqualTo("The order arrived broken. Please send a new order.");
    }

    @Test
    void oneSentenceIsTheMostCentralOne() {
        Summary summary = summarizer.summarize(call, new SummaryRequest(1, null));
        assertThat(summary.sentences()).hasSize(1);
        List<Sentence> all = Sentences.of(call);
        double[] scores = TextRank.scores(all.stream().map(s -> Terms.of(s.text())).collect(Collectors.toList()));
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            best = scores[i] > scores[best] ? i : best;
        }
        assertThat(summary.sentences().get(0)).isEqualTo(all.get(best));
    }

    @Test
    void anEmptyTranscriptHasAnEmptySummary() {
        Summary summary = summarizer.summarize(new Talk().transcript(), SummaryRequest.defaults());
        assertThat(summary.text()).isEmpty();
        assertThat(summary.sentences()).isEmpty();
    }

    @Test
    void speakersStayWithTheirSentences() {
        Talk talk = new Talk().say(1, "agent", "your router firmware is out of date")
                .say(1, "caller", "then please update the router firmware").say(1, "agent", "bye");
        Summary summary = summarizer.summarize(Sentences.of(talk.transcript(), talk::speakerOf),
                new SummaryRequest(2, null));
        assertThat(summary.sentences()).extracting(Sentence::speaker).containsExactly("agent", "caller");
    }

    @Test
    void textRankScoresAddUpToOneAndAnIsolatedSentenceScoresLowest() {
        List<Map<String, Integer>> terms = List.of(Terms.of("router firmware update"),
                Terms.of("update the router"), Terms.of("router firmware is old"), Terms.of("lovely weather"));
        double[] scores = TextRank.scores(terms);
        assertThat(scores[0] + scores[1] + scores[2] + scores[3]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(scores[3]).isLessThan(scores[0]).isLessThan(scores[1]).isLessThan(scores[2]);
        assertThat(scores[0]).isGreaterThan(scores[1]);
        double[] biased = TextRank.scores(terms, new double[] {0, 0, 0, 1});
        assertThat(biased[3]).isGreaterThan(scores[3]).isGreaterThan(biased[1]);
        assertThat(biased[0] + biased[1] + biased[2] + biased[3]).isCloseTo(1.0, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void termsDropStopWordsAndFillersAndShareStems() {
        assertThat(Terms.of("Uh, I was charged twice; the charges keep charging!"))
                .isEqualTo(Map.of("charg", 3, Terms.stem("twice"), 1, "keep", 1));
        assertThat(Terms.stem("packages")).isEqualTo(Terms.stem("package"));
        assertThat(Terms.stem("companies")).isEqualTo("company");
        assertThat(Terms.stem("boxes")).isEqualTo("box");
        assertThat(Terms.stem("agreed")).isEqualTo(Terms.stem("agree"));
        assertThat(Terms.stem("status")).isEqualTo("status");
        assertThat(Terms.cosine(Terms.of("the"), Terms.of("router"))).isZero();
        assertThat(Terms.cosine(Terms.of("router"), Terms.of("routers"))).isEqualTo(1.0);
    }

    @Test
    void theRequestRefusesOutOfRangeValues() {
        assertThatThrownBy(() -> new SummaryRequest(0, null)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("max_sentences must be 1 to 20, got 0");
        assertThatThrownBy(() -> new SummaryRequest(21, null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SummaryRequest(3, "x".repeat(2001))).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2000");
        assertThat(new SummaryRequest(3, "  ").context()).isNull();
    }
}
