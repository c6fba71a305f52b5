package dev.earshot.engine.intel.component;

import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.intel.pii.PiiType;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.MetricValues;
import dev.earshot.engine.speech.transcript.Transcript;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code detect_pii}: personal data in what was said. Rules over the recognized words, after spoken numbers and
 * spelled-out forms are normalised ("four one one one", "john dot smith at example dot com"): names after cues
 * and their later mentions, phone numbers, e-mail addresses, Luhn-checked card numbers, SSN-like numbers, dates of
 * birth, street addresses, account and IBAN numbers (see {@code SpokenPiiDetector}).
 *
 * <p>Params: {@code language}, {@code types} (see {@link PiiParams}). Metrics (seconds to the millisecond):
 * <pre>{"entity_count": 2, "counts": {"PERSON": 1, "CREDIT_CARD": 1},
 *  "entities": [{"type": "CREDIT_CARD", "text": "4111111111111111", "words": ["four", "one", ...],
 *                "first_word": 12, "last_word": 27, "start": 9.42, "end": 14.87, "confidence": 0.97}, ...]}</pre>
 * {@code text} is the normalised value (digits only for numbers); word indices point into the transcript's words
 * as {@code transcribe} lists them. The working audio is unchanged.
 */
final class PiiDetection extends IntelComponent<PiiParams> {

    static final String ID = "detect_pii";


    PiiDetection(SpeechModels models, IntelTools tools) {
        super(ID, PiiParams::read, models, tools);
    }

    @Override
    public StepOutput run(StepContext context, PiiParams params) {
        Transcript transcript = analysis(context).transcript(params.language(), 0.95);
        List<PiiEntity> entities = params.keep(tools.pii().detect(transcript.words()));
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("entity_count", entities.size());
        metrics.put("counts", counts(entities));
        metrics.put("entities", entities.stream().map(PiiDetection::entity).toList());
        context.progress(1);
        return StepOutput.metrics(metrics);
    }

    static Map<String, Object> counts(List<PiiEntity> entities) {
        Map<String, Object> counts = new LinkedHashMap<>();
        for (PiiType type : PiiType.values()) {
            long count = entities.stream().filter(e -> e.type() == type).count();
            if (count > 0) {
                counts.put(type.name(), count);
            }
        }
        return counts;
    }

    private static Map<String, Object> entity(PiiEntity entity) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", entity.type().name());
        map.put("text", entity.text());
        map.put("words", entity.words());
        map.put("first_word", entity.firstWord());
        map.put("last_word", entity.lastWord());
        map.put("start", MetricValues.seconds(entity.start()));
        map.put("end", MetricValues.seconds(entity.end()));
        map.put("confidence", MetricValues.round(entity.confidence(), 3));
        return map;
    }
}
