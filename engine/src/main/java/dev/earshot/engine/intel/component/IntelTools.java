package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.detect.LanguageIdentifier;
import dev.earshot.engine.language.detect.OpenNlpLanguageIdentifier;
import dev.earshot.engine.language.llm.ChatCompletionsClient;
import dev.earshot.engine.language.llm.LlmSettings;
import dev.earshot.engine.language.paraphrase.BackTranslationParaphraser;
import dev.earshot.engine.language.paraphrase.LlmFirstParaphraser;
import dev.earshot.engine.language.paraphrase.LlmParaphraser;
import dev.earshot.engine.language.paraphrase.Paraphraser;
import dev.earshot.engine.language.summary.LlmSummarizer;
import dev.earshot.engine.language.summary.Summarizer;
import dev.earshot.engine.language.translate.Apertium;
import dev.earshot.engine.language.translate.ApertiumTranslator;
import dev.earshot.engine.language.translate.LlmTranslator;
import dev.earshot.engine.language.translate.LocalFirstTranslator;
import dev.earshot.engine.language.translate.Translator;
import dev.earshot.engine.intel.pii.PiiDetector;
import dev.earshot.engine.intel.pii.SpokenPiiDetector;
import dev.earshot.engine.intel.sentiment.LexiconSentimentScorer;
import dev.earshot.engine.intel.sentiment.SentimentScorer;
import java.time.Duration;
import java.util.Optional;

/**
 * The text tools the intelligence components share, built once from what this installation has: the sentiment
 * lexicon, the PII rules, OpenNLP's language model, Apertium (when installed) and an OpenAI-compatible LLM
 * endpoint (when configured). Thread-safe.
 */
public final class IntelTools {

    private final SentimentScorer sentiment = LexiconSentimentScorer.load();
    private final PiiDetector pii = SpokenPiiDetector.load();
    private final LanguageIdentifier identifier = OpenNlpLanguageIdentifier.fromClasspath();
    private final Optional<LlmSettings> llm;
    private final ApertiumTranslator apertium;
    private final Translator translator;
    private final BackTranslationParaphraser backTranslation;
    private final Paraphraser paraphraser;
    private final Optional<Summarizer> llmSummarizer;
    private final byte[] hashSalt;

    /**
     * @param llm         the LLM endpoint, or empty when none is configured
     * @param apertium    the Apertium installation ({@link Apertium#detect()}); may be not installed
     * @param toolTimeout longest run of one Apertium process, e.g. 60 s
     * @param hashSalt    secret key of {@code redact_pii}'s hash style, at least 16 bytes, the same for the whole
     *                    deployment so that one value always hashes alike
     */
    public IntelTools(Optional<LlmSettings> llm, Apertium apertium, Duration toolTimeout, byte[] hashSalt) {
        this.llm = llm;
        Optional<ChatCompletionsClient> client = llm.map(ChatCompletionsClient::new);
        this.apertium = new ApertiumTranslator(apertium, toolTimeout, false);
        this.translator = new LocalFirstTranslator(this.apertium, client.map(LlmTranslator::new));
        this.backTranslation = new BackTranslationParaphraser(apertium, toolTimeout);
        this.paraphraser = new LlmFirstParaphraser(client.map(LlmParaphraser::new), backTranslation);
        this.llmSummarizer = client.map(LlmSummarizer::new);
        this.hashSalt = hashSalt.clone();
    }

    SentimentScorer sentiment() {
        return sentiment;
    }

    PiiDetector pii() {
        return pii;
    }

    LanguageIdentifier identifier() {
        return identifier;
    }

    Translator translator() {
        return translator;
    }

    /** Why {@code source} → {@code target} cannot be translated here (ISO 639 codes). */
    String translationRemedy(String source, String target) {
        return "translation " + LanguageCodes.iso3(source) + "→" + LanguageCodes.iso3(target) + " is not available here: "
                + apertium.remedy(source, target) + "; or " + LlmSettings.HOW_TO_CONFIGURE;
    }

    Paraphraser paraphraser() {
        return paraphraser;
    }

    /** True when a paraphrase in {@code language} can be made: an LLM endpoint, or an Apertium pivot pair. */
    boolean canParaphrase(String language) {
        return llm.isPresent() || backTranslation.pivot(language).isPresent();
    }

    /** Why {@code language} cannot be paraphrased here. */
    String paraphraseRemedy(String language) {
        return "a paraphrase in " + LanguageCodes.iso3(language) + " is not available here: "
                + LlmSettings.HOW_TO_CONFIGURE + "; or " + backTranslation.remedy(language);
    }

    Optional<Summarizer> llmSummarizer() {
        return llmSummarizer;
    }

    byte[] hashSalt() {
        return hashSalt.clone();
    }
}
