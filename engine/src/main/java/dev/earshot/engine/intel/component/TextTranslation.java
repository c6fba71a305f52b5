package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.translate.Translation;
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
 * {@code translate}: the transcript, or a given text, in another language. Apertium (rule-based, on this machine)
 * when its pair is installed, else the configured LLM endpoint; a pair neither can do is refused before the run
 * with what to install or configure (when the source is identified from a given text, that happens at run time).
 *
 * <p>Params: {@code text}, {@code language}, {@code source}, {@code target} (see {@link TranslateParams}).
 * Metrics: <pre>{"text": "hola como estas", "source": "eng", "target": "spa", "method": "apertium",
 *  "origin": "transcript"}</pre> {@code method} is {@code apertium}, {@code llm} or {@code none} (same source and
 * target). Artifact {@code txt}: the translation (text/plain). The working audio is unchanged.
 */
final class TextTranslation extends IntelComponent<TranslateParams> {

    static final String ID = "translate";


    TextTranslation(SpeechModels models, IntelTools tools) {
        super(ID, TranslateParams::read, models, tools);
    }

    @Override
    public Optional<String> unavailableBecause(TranslateParams params) {
        String source = params.input().source();
        if (source == null || source.equals(params.target()) || tools.translator().supports(source, params.target())) {
            return Optional.empty();
        }
        return Optional.of(tools.translationRemedy(source, params.target()));
    }

    @Override
    public Set<NativeCapability> natives(TranslateParams params) {
        return params.input().natives();
    }

    @Override
    public StepOutput run(StepContext context, TranslateParams params) {
        String text = params.input().text(analysis(context), 0.6);
        String source = params.input().sourceOf(text, tools);
        Translation translation = text.isBlank()
                ? new Translation("", source, params.target(), Translation.NONE)
                : tools.translator().translate(text, source, params.target());
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("text", translation.text());
        metrics.put("source", translation.source());
        metrics.put("target", translation.target());
        metrics.put("method", translation.method());
        metrics.put("origin", params.input().origin());
        context.progress(1);
        return StepOutput.metricsWithArtifacts(metrics, List.of(TextArtifacts.write(context, "translation.txt", "txt",
                translation.text() + "\n", "text/plain")));
    }
}
