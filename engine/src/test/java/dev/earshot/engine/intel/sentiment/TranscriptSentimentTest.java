package dev.earshot.engine.intel.sentiment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.earshot.engine.intel.SpokenWords;
import dev.earshot.engine.speech.transcript.Transcript;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TranscriptSentimentTest {

    private static LexiconSentimentScorer scorer;

    @BeforeAll
    static void load() {
        scorer = LexiconSentimentScorer.load();
    }

    @Test
    void aCallCentreExchangeIsScoredPerUtteranceAndOverall() {
        Transcript call = new SpokenWords()
                .say("thank you for calling this is anna how can i help you").turn()
                .say("hi i have been charged twice for my bill and i am really frustrated "
                        + "nobody has fixed it and this is the third time i call").turn()
                .say("i am sorry to hear that let me look into it").turn()
                .say("okay").turn()
                .say("i can see the double charge i have refunded it now").turn()
                .say("oh great thank you that is really helpful").transcript();

        TranscriptSentiment sentiment = TranscriptSentiment.of(call, scorer);

        List<SentimentLabel> labels = sentiment.utterances().stream().map(u -> u.sentiment().label()).toList();
        assertThat(labels).containsExactly(SentimentLabel.POSITIVE, SentimentLabel.NEGATIVE, SentimentLabel.NEGATIVE,
                SentimentLabel.NEUTRAL, SentimentLabel.NEUTRAL, SentimentLabel.POSITIVE);
        assertThat(sentiment.utterances().get(1).text()).startsWith("hi i have been charged twice");
        assertThat(sentiment.utterances()).extracting(UtteranceSentiment::index).containsExactly(0, 1, 2, 3, 4, 5);
        assertThat(sentiment.overall().label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void overallIsTheDurationWeightedMeanOfTheUtterances() {
        SpokenWords spoken = new SpokenWords()
                .say("this is absolutely terrible and i am very angry about the awful service").turn()
                .say("thanks");
        Transcript transcript = spoken.transcript();

        TranscriptSentiment sentiment = TranscriptSentiment.of(transcript, scorer);

        UtteranceSentiment complaint = sentiment.utterances().get(0);
        UtteranceSentiment thanks = sentiment.utterances().get(1);
        double w0 = complaint.end() - complaint.start();
        double w1 = thanks.end() - thanks.start();
        double expected = (w0 * complaint.sentiment().score() + w1 * thanks.sentiment().score()) / (w0 + w1);
        assertThat(sentiment.overall().score()).isCloseTo(expected, within(1e-9));
        assertThat(thanks.sentiment().label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(sentiment.overall().label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void anEmptyTranscriptIsNeutral() {
        TranscriptSentiment sentiment = TranscriptSentiment.of(Transcript.of(List.of(), "en"), scorer);

        assertThat(sentiment.utterances()).isEmpty();
        assertThat(sentiment.overall()).isEqualTo(Sentiment.NEUTRAL);
    }
}
