package dev.earshot.engine.intel.component;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.dsp.BlockListener;
import dev.earshot.engine.intel.pii.PiiEntity;
import dev.earshot.engine.intel.redact.AudioRedactionPlan;
import dev.earshot.engine.intel.redact.AudioRedactor;
import dev.earshot.engine.intel.redact.TranscriptRedactor;
import dev.earshot.engine.pipeline.Artifact;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.pipeline.StepOutput;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.component.MetricValues;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.TranscriptFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code redact_pii}: the personal data {@code detect_pii} finds, taken out of the transcript and the audio. In
 * the transcript each entity's words become one tag; in the audio each entity's words, padded, are replaced by a
 * beep or silence. Fails closed: an entity whose words have no usable times is covered with its whole utterance.
 * The redacted audio becomes the working audio (same format and length), so later steps and the outputs never
 * carry the original.
 *
 * <p>Params: {@code language}, {@code types}, {@code style}, {@code sound}, {@code padding_ms} (see
 * {@link RedactParams}). Metrics (seconds to the millisecond; values are never repeated here):
 * <pre>{"entity_count": 2, "counts": {"PERSON": 1, "CREDIT_CARD": 1},
 *  "entities": [{"type": "CREDIT_CARD", "tag": "[CREDIT_CARD]", "start": 9.42, "end": 14.87}, ...],
 *  "redacted_spans": [[9.27, 15.02], ...], "redacted_seconds": 5.75, "failed_closed": 0,
 *  "text": "my name is [PERSON] and my card is [CREDIT_CARD] ..."}</pre>
 * Artifacts: the redacted transcript as {@code json}, {@code txt}, {@code srt} and {@code vtt}, as
 * {@code transcribe} writes them.
 */
final class PiiRedaction extends IntelComponent<RedactParams> {

    static final String ID = "redact_pii";


    PiiRedaction(SpeechModels models, IntelTools tools) {
        super(ID, RedactParams::read, models, tools);
    }

    @Override
    public StepOutput run(StepContext context, RedactParams params) {
        PcmFile audio = context.working();
        Transcript transcript = analysis(context).transcript(params.pii().language(), 0.8);
        List<PiiEntity> entities = params.pii().keep(tools.pii().detect(transcript.words()));
        TranscriptRedactor redactor = params.hashed() ? TranscriptRedactor.hashes(tools.hashSalt())
                : TranscriptRedactor.tags();
        Transcript redacted = redactor.redact(transcript, entities);
        AudioRedactionPlan plan = AudioRedactionPlan.of(transcript, entities, audio.durationSeconds(),
                params.padSeconds());
        PcmFile clean = new AudioRedactor(params.sound()).redact(audio, plan, context.newFile("redacted.pcm"),
                BlockListener.of(context).span(0.8, 0.95));
        List<Artifact> artifacts = new ArrayList<>();
        for (TranscriptFormat format : TranscriptFormat.values()) {
            artifacts.add(TextArtifacts.write(context, "redacted." + format.extension(), format.extension(),
                    format.render(redacted), format.mediaType()));
        }
        context.progress(1);
        return new StepOutput(clean, List.of(), metrics(entities, redactor, plan, redacted), artifacts);
    }

    private static Map<String, Object> metrics(List<PiiEntity> entities, TranscriptRedactor redactor,
                                               AudioRedactionPlan plan, Transcript redacted) {
        Map<String, Object> metrics = new LinkedHashMap<>();
        metrics.put("entity_count", entities.size());
        metrics.put("counts", PiiDetection.counts(entities));
        metrics.put("entities", entities.stream().map(e -> entity(e, redactor)).toList());
        metrics.put("redacted_spans", plan.spans().stream().map(MetricValues::pair).toList());
        metrics.put("redacted_seconds", MetricValues.seconds(plan.coveredSeconds()));
        metrics.put("failed_closed", plan.failedClosed());
        metrics.put("text", redacted.text());
        return metrics;
    }

    private static Map<String, Object> entity(PiiEntity entity, TranscriptRedactor redactor) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("type", entity.type().name());
        map.put("tag", redactor.tag(entity));
        map.put("start", MetricValues.seconds(entity.start()));
        map.put("end", MetricValues.seconds(entity.end()));
        return map;
    }
}
