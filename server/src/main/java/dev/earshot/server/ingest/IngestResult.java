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
 * @param parts           the other parts that were made, by path ({@code speakers}, {@code sentiment}, ...)
 * @param notAvailable    the pipeline's parts that could not be made, by path, with the reason
 */
record IngestResult(String language, int wordCount, double durationSeconds, Map<String, String> transcriptFiles,
                    Map<String, PartResult> parts, Map<String, String> notAvailable) {

    String toJson(JsonMapper json) {
        Map<String, Object> transcript = new LinkedHashMap<>();
        transcript.put("language", language);
        transcript.put("word_count", wordCount);
        transcript.put("duration_seconds", durationSeconds);
        transcript.put("files", transcriptFiles);
        Map<String, Object> made = new LinkedHashMap<>();
        parts.forEach((path, part) -> made.put(path, part.toMap()));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("transcript", transcript);
        result.put("parts", made);
        result.put("not_available", notAvailable);
        return json.writeValueAsString(result);
    }

    @SuppressWarnings("unchecked")
    static IngestResult fromJson(JsonMapper json, String text) {
        Map<String, Object> result = json.readValue(text, Map.class);
        Map<String, Object> transcript = (Map<String, Object>) result.get("transcript");
        Map<String, PartResult> parts = new LinkedHashMap<>();
        ((Map<String, Object>) result.getOrDefault("parts", Map.of())).forEach((path, part) ->
                parts.put(path, PartResult.fromMap((Map<String, Object>) part)));
        return new IngestResult((String) transcript.get("language"),
                ((Number) transcript.get("word_count")).intValue(),
                ((Number) transcript.get("duration_seconds")).doubleValue(),
                (Map<String, String>) transcript.get("files"), parts,
                (Map<String, String>) result.get("not_available"));
    }
}
