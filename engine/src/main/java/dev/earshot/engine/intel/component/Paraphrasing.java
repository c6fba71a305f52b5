package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.paraphrase.Paraphrase;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code paraphrase}: the transcript, or a given text, said another way. Through the configured LLM endpoint, else
 * by back-translation through Apertium (into a pivot language and back, which changes words rather than
 * structure); with neither the step is refused before the run with what to configure or install.
 *
 * <p>Params: {@code text}, {@code language}, {@code source} (see {@link ParaphraseParams}). Metrics:
 * <pre>{"text": "...", "language": "eng", "method": "back-translation", "pivot": "spa", "origin": "transcript"}</pre>
 * {@code method} is {@code llm} or {@code back-translation}; {@code pivot} is null for the LLM. Artifact
 * {@code txt}: the paraphrase (text/plain). The working audio is unchanged.
 */
final class Paraphrasing extends IntelComponent<ParaphraseParams> {

    static final String ID = "paraphrase";


    Paraphrasing(SpeechModels models, IntelTools tools) {
        super(ID, ParaphraseParams::read, models, tools);
    }

    @Override
    public Optional<String> unavailableBecause(ParaphraseParams params) {
        String source = params.input().source();
        if (source == null || tools.canParaphrase(source)) {
            return Optional.empty();
        }
        return Optional.of(tools.paraphraseRemedy(source));
    }

    @Override
    public Set<NativeCapability> natives(ParaphraseParams params) {
        return params.input().natives();
    }

    @Override
    public StepOutput run(StepContext context, ParaphraseParams params) {
        String text = params.input().text(analysis(context), 0.6);
        String language = params.input().sourceOf(text, tools);
        Paraphrase paraphrase = text.isBlank() ? null : tools.paraphraser().paraphrase(text, language);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("text", paraphrase == null ? "" : paraphrase.text());
        metrics.put("language", language);
        metrics.put("method", paraphrase == null ? "none" : paraphrase.method());
        metrics.put("pivot", paraphrase == null ? null : paraphrase.pivot());
        metrics.put("origin", params.input().origin());
        context.progress(1);
        String out = paraphrase == null ? "" : paraphrase.text();
        return StepOutput.metricsWithArtifacts(metrics,
                List.of(TextArtifacts.write(context, "paraphrase.txt", "txt", out + "\n", "text/plain")));
    }
}
