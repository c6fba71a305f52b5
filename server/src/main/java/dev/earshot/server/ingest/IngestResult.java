package dev.earshot.server.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What a completed ingestion job produced, kept as the job's {@code result} JSON.
 *
 * @param language        the engine's language of the transcript ({@code en})
 * @param wordCount       recognized words
 * @param durationSeconds length of the decoded audio, in seconds
 * @param transcriptFiles blob key of the transcript by format extension ({@code json}, {@code txt}, {@code srt},
 *                        {@code vtt}); keys belong to the attempt that committed the result
 * @param notAvailable    the pipeline's parts this deployment could not produce, by path, with the reason
 */
record IngestResult(String language, int wordCount, double durationSeconds, Map<String, String> transcriptFiles,
                    Map<String, String> notAvailable) {

    String toJson(JsonMapper json) {
        Map<String, Object> transcript = new LinkedHashMap<>();
        transcript.put("language", language);
        transcript.put("word_count", wordCount);
        transcript.put("duration_seconds", durationSeconds);
        transcript.put("files", transcriptFiles);
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("transcript", transcript);
        result.put("not_available", notAvailable);
        return json.writeValueAsString(result);
    }

    @SuppressWarnings("unchecked")
    static IngestResult fromJson(JsonMapper json, String text) {
        Map<String, Object> result = json.readValue(text, Map.class);
        Map<String, Object> transcript = (Map<String, Object>) result.get("transcript");
        return new IngestResult((String) transcript.get("language"),
                ((Number) transcript.get("word_count")).intValue(),
                ((Number) transcript.get("duration_seconds")).doubleValue(),
                (Map<String, String>) transcript.get("files"), (Map<String, String>) result.get("not_available"));
    }
}
