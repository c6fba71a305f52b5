package dev.earshot.engine.language.detect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentences as a recognizer writes them: lower case, no punctuation. */
class OpenNlpLanguageIdentifierTest {

    private static OpenNlpLanguageIdentifier identifier;

    @BeforeAll
    static void loadModel() {
        identifier = OpenNlpLanguageIdentifier.fromClasspath();
    }

    @AfterAll
    static void report() {
        System.out.println("language identification figures: " + LanguageSamples.report(identifier));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            eng | en | the package arrived yesterday but it was damaged
            eng | en | we have been waiting for the technician since nine in the morning and nobody called us
            spa | es | el paquete llegó ayer pero estaba dañado
            spa | es | hemos estado esperando al técnico desde las nueve de la mañana y nadie nos llamó
            fra | fr | le colis est arrivé hier mais il était abîmé
            fra | fr | nous attendons le technicien depuis neuf heures du matin et personne ne nous a appelés
            deu | de | das paket kam gestern an aber es war beschädigt
            deu | de | wir warten seit neun uhr morgens auf den techniker und niemand hat uns angerufen
            """)
    void aSentenceIsIdentifiedWithBothCodesAndAClearLead(String iso3, String iso1, String sentence) {
        IdentifiedLanguage language = identifier.identify(sentence);
        assertThat(language.iso6393()).isEqualTo(iso3);
        assertThat(language.iso6391()).isEqualTo(iso1);
        assertThat(language.determined()).isTrue();
        assertThat(language.confidence()).isBetween(0.25, 1.0);
        assertThat(language.probability()).isBetween(0.0, 1.0);
    }

    @Test
    void writtenTextWithCapitalsAndPunctuationIsIdentifiedToo() {
        assertThat(identifier.identify("Could you send me the report before noon, please?").iso6393()).isEqualTo("eng");
        assertThat(identifier.identify("¿Puede enviarme el informe antes del mediodía?").iso6393()).isEqualTo("spa");
    }

    @Test
    void oneOrTwoWordsAreUndeterminedRatherThanAGuess() {
        for (String text : List.of("hello", "thank you", "muchas gracias", "merci beaucoup", "vielen dank", "", "   ",
                "123 456 789", "!!! ???")) {
            IdentifiedLanguage language = identifier.identify(text);
            assertThat(language.iso6393()).as(text).isEqualTo("und");
            assertThat(language.iso6391()).as(text).isNull();
            assertThat(language.confidence()).as(text).isZero();
            assertThat(language.determined()).as(text).isFalse();
        }
        assertThat(identifier.identify(null).determined()).isFalse();
    }

    @Test
    void everyTestSentenceOfThreeWordsOrMoreIsRightOrUndeterminedNeverWrong() {
        for (LanguageSamples.Sample sample : LanguageSamples.ALL) {
            IdentifiedLanguage language = identifier.identify(sample.text());
            if (OpenNlpLanguageIdentifier.wordCount(sample.text()) >= OpenNlpLanguageIdentifier.MIN_WORDS) {
                assertThat(language.iso6393()).as(sample.text()).isIn(sample.iso3(), "und");
            }
        }
        assertThat(LanguageSamples.correct(identifier, Set.of())).isGreaterThanOrEqualTo(24);
    }

    @Test
    void candidatesSettleShortTextsTheModelAloneCannot() {
        assertThat(identifier.identify("where is my order").determined()).isFalse();
        IdentifiedLanguage restricted = identifier.identify("where is my order", Set.of("en", "es", "fr", "de"));
        assertThat(restricted.iso6393()).isEqualTo("eng");
        assertThat(restricted.confidence()).isGreaterThan(OpenNlpLanguageIdentifier.MIN_CONFIDENCE);
        assertThat(identifier.identify("el paquete llegó ayer", Set.of("eng", "spa")).iso6391()).isEqualTo("es");
        assertThat(LanguageSamples.correct(identifier, Set.of("en", "es", "fr", "de")))
                .isGreaterThan(LanguageSamples.correct(identifier, Set.of()));
    }

    @Test
    void aCandidateTheModelDoesNotKnowIsRefusedByName() {
        assertThatThrownBy(() -> identifier.identify("some text here", Set.of("en", "xx")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("xx");
        assertThatThrownBy(() -> identifier.identify("some text here", Set.of("qqq")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("qqq");
    }

    @Test
    void scriptsWithoutSpacesCountCharactersAsWords() {
        assertThat(OpenNlpLanguageIdentifier.wordCount("今天天气很好")).isEqualTo(6);
        assertThat(OpenNlpLanguageIdentifier.wordCount("  two words  ")).isEqualTo(2);
        assertThat(OpenNlpLanguageIdentifier.wordCount("a 1 2 - b")).isEqualTo(2);
        assertThat(identifier.identify("今天天气很好我们去公园散步吧").iso6391()).isEqualTo("zh");
    }

    @Test
    void oneInstanceServesManyThreadsWithTheSameAnswers() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String>> answers = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                LanguageSamples.Sample sample = LanguageSamples.ALL.get(i % LanguageSamples.ALL.size());
                answers.add(pool.submit(() -> identifier.identify(sample.text()).iso6393()));
            }
            for (int i = 0; i < answers.size(); i++) {
                String text = LanguageSamples.ALL.get(i % LanguageSamples.ALL.size()).text();
                assertThat(answers.get(i).get()).isEqualTo(identifier.identify(text).iso6393());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLongTextIsJudgedByItsBeginningQuickly() {
        String spanish = "hemos estado esperando al técnico desde las nueve de la mañana y nadie nos llamó ";
        String text = spanish.repeat(OpenNlpLanguageIdentifier.MAX_CHARS / spanish.length() + 1)
                + "the rest of this very long text is english ".repeat(20_000);
        long started = System.nanoTime();
        assertThat(identifier.identify(text).iso6393()).isEqualTo("spa");
        assertThat((System.nanoTime() - started) / 1e9).isLessThan(2.0);
    }

    @Test
    void theModelKnowsTheFourTestLanguagesAndAboutAHundredOthers() {
        assertThat(identifier.supportedLanguages()).contains("eng", "spa", "fra", "deu").hasSizeGreaterThan(100);
    }
}
