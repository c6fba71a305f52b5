package dev.earshot.server.ingest;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * What an ingestion job works on, kept as the job's {@code input} JSON: the checked request, the file as
 * uploaded and the blob holding it.
 *
 * @param fileName        the file's name as uploaded (shown to the user only, never used on disk)
 * @param sizeBytes       bytes as uploaded
 * @param durationSeconds length of the audio decoded at upload, whole seconds (null only in jobs queued before
 *                        uploads were decoded)
 * @param blobKey         where the upload is stored, under {@code jobs/<id>/input/}
 */
record IngestInput(IngestPipeline pipeline, String language, String speechLanguage, Map<String, Object> metadata,
                   String fileName, long sizeBytes, Long durationSeconds, AudioFormatName format, String blobKey) {

    String toJson(JsonMapper json) {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", fileName);
        file.put("size_bytes", sizeBytes);
        file.put("duration_seconds", durationSeconds);
        file.put("format", format.name());
        file.put("blob_key", blobKey);
        Map<String, Object> input = new LinkedHashMap<>();
        input.put("pipeline", pipeline.value());
        input.put("language", language);
        input.put("speech_language", speechLanguage);
        input.put("metadata", metadata);
        input.put("file", file);
        return json.writeValueAsString(input);
    }

    @SuppressWarnings("unchecked")
    static IngestInput fromJson(JsonMapper json, String text) {
        Map<String, Object> input = json.readValue(text, Map.class);
        Map<String, Object> file = (Map<String, Object>) input.get("file");
        Number duration = (Number) file.get("duration_seconds");
        return new IngestInput(IngestPipeline.of((String) input.get("pipeline")).orElseThrow(),
                (String) input.get("language"), (String) input.get("speech_language"),
                (Map<String, Object>) input.get("metadata"), (String) file.get("name"),
                ((Number) file.get("size_bytes")).longValue(), duration == null ? null : duration.longValue(),
                AudioFormatName.valueOf((String) file.get("format")), (String) file.get("blob_key"));
    }

    /** The {@code file} object of the door's bodies. */
    Map<String, Object> fileBody() {
        Map<String, Object> file = new LinkedHashMap<>();
        file.put("name", fileName);
        file.put("size_bytes", sizeBytes);
        file.put("duration_seconds", durationSeconds);
        return file;
    }
}
