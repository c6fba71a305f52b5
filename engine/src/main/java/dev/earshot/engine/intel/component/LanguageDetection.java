package dev.earshot.engine.intel.component;

import dev.earshot.engine.language.LanguageCodes;
import dev.earshot.engine.language.detect.IdentifiedLanguage;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.MetricValues;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * {@code detect_language}: the language of a text, by OpenNLP's language detector (103 languages, character
 * n-grams). Works on the {@code text} param, or on the transcript of the working audio (see {@link TextInput}).
 * Earshot's speech model is English, so on audio this tells whether the words recognized read as English; a
 * recording in another language gives few words that rarely do. Fewer than 3 words, or a best guess too close to
 * the runner-up, is {@code und} (undetermined).
 *
 * <p>Params: {@code text} (optional), {@code language} (for the transcript). Metrics:
 * <pre>{"language": "es", "iso639_3": "spa", "name": "Spanish", "determined": true, "confidence": 0.873,
 *  "probability": 0.031, "source": "text"}</pre>
 * {@code language} is the ISO 639-1 code (null when the language has none or is undetermined); {@code confidence}
 * is how far the best language stands above the runner-up (0 to 1), {@code probability} the model's own. The
 * working audio is unchanged.
 */
final class LanguageDetection extends IntelComponent<TextInput> {

    static final String ID = "detect_language";


    LanguageDetection(SpeechModels models, IntelTools tools) {
        super(ID, TextInput::readAlone, models, tools);
    }

    @Override
    public Set<NativeCapability> natives(TextInput params) {
        return params.natives();
    }

    @Override
    public StepOutput run(StepContext context, TextInput params) {
        String text = params.text(analysis(context), 0.95);
        IdentifiedLanguage found = tools.identifier().identify(text);
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("language", found.iso6391());
        metrics.put("iso639_3", found.iso6393());
        metrics.put("name", found.determined() ? LanguageCodes.englishName(found.iso6393()) : "undetermined");
        metrics.put("determined", found.determined());
        metrics.put("confidence", MetricValues.round(found.confidence(), 3));
        metrics.put("probability", MetricValues.round(found.probability(), 3));
        metrics.put("source", params.origin());
        context.progress(1);
        return StepOutput.metrics(metrics);
    }
}
