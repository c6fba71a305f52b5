package dev.earshot.server.submissions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The payload a built-in worker reports, from the metrics of the task's steps: always {@code summary} and
 * {@code chunks} (the transcript's utterances, {@code [{start, end, text}]} in seconds, with {@code speaker} when
 * diarized), and one key per service asked: {@code transcript}, {@code translation} (target language and
 * translated chunks), {@code paraphrase}, {@code speakers}, {@code summarization} (the summary's method).
 */
final class TaskPayload {

    private final TaskSpec spec;
    private final Map<String, Map<String, Object>> metrics = new LinkedHashMap<>();
    private Map<String, Object> translation;

    TaskPayload(TaskSpec spec) {
        this.spec = spec;
    }

    void add(String componentId, Map<String, Object> stepMetrics) {
        metrics.put(componentId, stepMetrics);
    }

    /** The texts of the chunks, in order. */
    List<String> chunkTexts() {
        return chunks().stream().map(chunk -> (String) chunk.get("text")).toList();
    }

    /** The chunks translated one by one, {@code translated} in the order of {@link #chunkTexts()}. */
    void addTranslation(String target, List<Map<String, Object>> translated) {
        List<Map<String, Object>> chunks = chunks();
        List<Map<String, Object>> out = new ArrayList<>();
        List<String> texts = new ArrayList<>();
        String method = "none";
        for (int i = 0; i < translated.size(); i++) {
            Map<String, Object> chunk = new LinkedHashMap<>(chunks.get(i));
            String text = (String) translated.get(i).get("text");
            chunk.put("text", text);
            out.add(chunk);
            texts.add(text);
            method = (String) translated.get(i).get("method");
        }
        translation = new LinkedHashMap<>();
        translation.put("source_language", TaskPlans.SOURCE);
        translation.put("target_language", target);
        translation.put("method", method);
        translation.put("text", String.join(" ", texts));
        translation.put("chunks", out);
    }

    Map<String, Object> toMap() {
        Map<String, Object> payload = new LinkedHashMap<>();
        Map<String, Object> summary = metrics.get("summarize");
        payload.put("summary", summary.get("summary"));
        payload.put("chunks", chunks());
        if (spec.asks(SubmissionService.TRANSCRIBE)) {
            payload.put("transcript", transcript());
        }
        if (translation != null) {
            payload.put("translation", translation);
        }
        if (spec.asks(SubmissionService.PARAPHRASE)) {
            Map<String, Object> paraphrase = metrics.get("paraphrase");
            payload.put("paraphrase", pick(paraphrase, "text", "language", "method"));
        }
        if (spec.asks(SubmissionService.SPEAKER_DIARIZATION)) {
            Map<String, Object> diarized = metrics.get("diarize");
            Map<String, Object> speakers = new LinkedHashMap<>();
            speakers.put("count", diarized.get("speaker_count"));
            speakers.put("speakers", diarized.get("speakers"));
            speakers.put("turns", diarized.get("turns"));
            payload.put("speakers", speakers);
        }
        if (spec.asks(SubmissionService.SUMMARIZE)) {
            payload.put("summarization", pick(summary, "method", "context_used"));
        }
        return payload;
    }

    private Map<String, Object> transcript() {
        Map<String, Object> transcribed = metrics.get("transcribe");
        Map<String, Object> transcript = pick(transcribed, "text", "language", "word_count");
        transcript.put("duration", transcribed.get("duration_seconds"));
        return transcript;
    }

    @SuppressWarnings("unchecked")
    private List<Map<String, Object>> chunks() {
        Map<String, Object> source = metrics.containsKey("diarize") ? metrics.get("diarize") : metrics.get("transcribe");
        List<Map<String, Object>> utterances = (List<Map<String, Object>>) source.get("utterances");
        List<Map<String, Object>> chunks = new ArrayList<>();
        for (Map<String, Object> utterance : utterances) {
            Map<String, Object> chunk = pick(utterance, "start", "end", "text");
            if (utterance.containsKey("speaker")) {
                chunk.put("speaker", utterance.get("speaker"));
            }
            chunks.add(chunk);
        }
        return chunks;
    }

    private static Map<String, Object> pick(Map<String, Object> from, String... keys) {
        Map<String, Object> picked = new LinkedHashMap<>();
        for (String key : keys) {
            picked.put(key, from.get(key));
        }
        return picked;
    }
}
