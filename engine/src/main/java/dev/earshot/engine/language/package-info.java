/**
 * Language capabilities on text and transcripts: language identification, summaries, translation and
 * paraphrase. Each is a small interface with local implementations; the LLM-backed ones need an
 * OpenAI-compatible chat-completions endpoint, the Apertium-backed ones the {@code apertium} system tool.
 *
 * <table>
 * <caption>What each capability uses and its limits</caption>
 * <tr><th>capability</th><th>implementation</th><th>uses</th><th>limits</th></tr>
 * <tr><td>{@link dev.earshot.engine.language.detect.LanguageIdentifier}</td>
 *     <td>{@code OpenNlpLanguageIdentifier}</td>
 *     <td>Apache OpenNLP 2.5 and its {@code langdetect-183.bin} model (Maven Central, 103 languages; loaded once,
 *     about 2 s)</td>
 *     <td>Below 3 words, or when the best language leads the runner-up by less than 0.04, the answer is
 *     {@code und}. On 32 support-call phrases of 2 to 20 words in English, Spanish, French and German: 24 right,
 *     8 undetermined (all of 2 to 4 words), none wrong; with those four as candidates, 27 right. The model's own
 *     probabilities are low (0.02 to 0.1 when right), so the confidence reported is the lead over the
 *     runner-up.</td></tr>
 * <tr><td>{@link dev.earshot.engine.language.summary.Summarizer}</td>
 *     <td>{@code ExtractiveSummarizer} (default)</td>
 *     <td>Sentences cut at pauses, word limits and speaker turns ({@code Sentences}); TextRank over the cosine
 *     similarity of content words (English stop words and fillers removed, light stemming); a context biases the
 *     random jump towards sentences that share its words</td>
 *     <td>Chooses the transcript's own sentences (1 to 20, default 3) and keeps their times; cannot rephrase.
 *     Stop words are English. Quadratic in sentences: about a second for 1,000.</td></tr>
 * <tr><td></td><td>{@code LlmSummarizer}</td>
 *     <td>The chat-completions endpoint, with the context as the user's instruction</td>
 *     <td>Abstractive text without times; the whole transcript goes in one request, so the model's context
 *     window bounds its length.</td></tr>
 * <tr><td>{@link dev.earshot.engine.language.translate.Translator}</td>
 *     <td>{@code ApertiumTranslator}, {@code LlmTranslator}, {@code LocalFirstTranslator} (Apertium when it
 *     has the pair, else the LLM)</td>
 *     <td>Debian {@code apertium} and a pair package ({@code apertium-eng-spa} translates English ↔ Spanish);
 *     one process per call with a time limit</td>
 *     <td>Rule-based: word order and idioms suffer; 0.15 to 0.5 s per sentence here. Only installed pairs;
 *     Debian has none for English ↔ French or German. Unknown words pass through (marked with {@code *} on
 *     request).</td></tr>
 * <tr><td>{@link dev.earshot.engine.language.paraphrase.Paraphraser}</td>
 *     <td>{@code LlmParaphraser}, {@code BackTranslationParaphraser}, {@code LlmFirstParaphraser} (the LLM,
 *     else back-translation)</td>
 *     <td>The endpoint; or Apertium there and back through a pivot installed both ways
 *     ({@code eng → spa → eng})</td>
 *     <td>Back-translation changes words, not structure, and may return the text unchanged.</td></tr>
 * </table>
 *
 * <p>Errors: a capability that cannot run here throws
 * {@link dev.earshot.engine.language.UnavailableCapabilityException} (a server's 501) whose remedy names the
 * Debian package to install or the settings to configure; a failing endpoint throws
 * {@link dev.earshot.engine.language.llm.LlmEndpointException} with its HTTP status (0 with
 * {@code timedOut()} when there was no answer in time); a failing or slow Apertium run throws
 * {@link dev.earshot.engine.language.translate.ToolFailedException}; bad codes, out-of-range parameters and
 * over-long texts throw {@link java.lang.IllegalArgumentException}. No message carries an API key or the text
 * being processed.
 *
 * <p>Wiring, once per application:
 * <pre>{@code
 * LanguageIdentifier identifier = OpenNlpLanguageIdentifier.fromClasspath();
 * Apertium apertium = Apertium.detect();
 * Optional<ChatCompletionsClient> llm = baseUrl == null ? Optional.empty() : Optional.of(
 *         new ChatCompletionsClient(new LlmSettings(baseUrl, model, apiKey, Duration.ofSeconds(60))));
 * Translator translator = new LocalFirstTranslator(new ApertiumTranslator(apertium, Duration.ofSeconds(30), false),
 *         llm.map(LlmTranslator::new));
 * Paraphraser paraphraser = new LlmFirstParaphraser(llm.map(LlmParaphraser::new),
 *         new BackTranslationParaphraser(apertium, Duration.ofSeconds(30)));
 * Summary summary = new ExtractiveSummarizer().summarize(transcript, new SummaryRequest(3, null));
 * }</pre>
 */
package dev.earshot.engine.language;
