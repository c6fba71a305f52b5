package dev.earshot.engine.intel.sentiment;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class LexiconSentimentScorerTest {

    private static LexiconSentimentScorer scorer;

    @BeforeAll
    static void load() {
        scorer = LexiconSentimentScorer.load();
    }

    private static Sentiment score(String text) {
        return scorer.score(text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "thank you so much you have been really helpful",
        "that is great news i am very happy with the service",
        "i love the new plan it works perfectly"})
    void clearlyPositiveSentencesArePositive(String text) {
        assertThat(score(text).label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score(text).score()).isGreaterThan(0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "this is terrible i am extremely frustrated",
        "the app is broken and the support was awful",
        "i hate waiting on hold this is ridiculous"})
    void clearlyNegativeSentencesAreNegative(String text) {
        assertThat(score(text).label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score(text).score()).isLessThan(-0.5);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "i would like to check the balance on my account",
        "yes please my account number is on the letter",
        "okay so the order was placed on tuesday",
        "can you help me change my address"})
    void plainRequestsAreNeutral(String text) {
        assertThat(score(text)).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void emptyOrBlankTextIsNeutralZero() {
        assertThat(score("")).isEqualTo(Sentiment.NEUTRAL);
        assertThat(score("   ")).isEqualTo(Sentiment.NEUTRAL);
        assertThat(score(null)).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void negationFlipsTheSentiment() {
        assertThat(score("the service was good").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score("the service was not good").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("i am happy with it").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score("i am never happy with it").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("i really like this phone").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score("i don't like this phone").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("i dont like this phone").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void negatedNegativeIsMildlyPositive() {
        Sentiment notBad = score("it was not bad");
        assertThat(notBad.label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(notBad.score()).isLessThan(Math.abs(score("it was bad").score()));
        assertThat(score("no problem at all").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void onlyTheNearestNegatorCounts() {
        assertThat(score("no i am not happy").label()).isEqualTo(SentimentLabel.NEGATIVE);
    }

    @Test
    void intensifiersRaiseAndDampenersLowerTheMagnitude() {
        double plain = score("the delay was annoying").score();
        assertThat(score("the delay was very annoying").score()).isLessThan(plain);
        assertThat(score("the delay was extremely annoying").score()).isLessThan(score("the delay was very annoying").score());
        assertThat(score("the delay was slightly annoying").score()).isBetween(plain, 0.0);
        assertThat(score("the delay was kind of annoying").score()).isBetween(plain, 0.0);

        double good = score("that is good").score();
        assertThat(score("that is really good").score()).isGreaterThan(good);
        assertThat(score("that is a bit good").score()).isBetween(0.0, good);
    }

    @Test
    void kindOfIsAModifierNotKindness() {
        assertThat(score("what kind of card do you have")).isEqualTo(Sentiment.NEUTRAL);
    }

    @Test
    void theClauseAfterButOutweighsTheClauseBefore() {
        assertThat(score("the agent was nice but the wait was terrible").label()).isEqualTo(SentimentLabel.NEGATIVE);
        assertThat(score("the wait was terrible but the agent was wonderful").label()).isEqualTo(SentimentLabel.POSITIVE);
        assertThat(score("it was good but").score()).isLessThan(score("it was good").score());
    }

    @Test
    void wouldLikeIsARequestNotPraise() {
        assertThat(score("i would like to cancel")).isNotEqualTo(score("i like to cancel"));
        assertThat(score("i like it").label()).isEqualTo(SentimentLabel.POSITIVE);
    }

    @Test
    void scoreStaysWithinMinusOneToOne() {
        String manyPositive = "great ".repeat(200);
        String manyNegative = "horrible ".repeat(200);
        assertThat(score(manyPositive).score()).isBetween(0.99, 1.0);
        assertThat(score(manyNegative).score()).isBetween(-1.0, -0.99);
    }

    @Test
    void upperCaseAndPunctuationAreIgnored() {
        assertThat(score("The service was NOT good!")).isEqualTo(score("the service was not good"));
    }
}
