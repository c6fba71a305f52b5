package dev.earshot.server.ingest;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One analysis part of a completed job, as kept in its result.
 *
 * @param files      blob key by format ({@code json}; also {@code rttm} for speakers)
 * @param highlights the few values the job body shows without a second request (e.g. {@code speaker_count})
 */
record PartResult(Map<String, String> files, Map<String, Object> highlights) {

    PartResult {
        files = Collections.unmodifiableMap(new LinkedHashMap<>(files));
        highlights = new LinkedHashMap<>(highlights);
    }

    Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("files", new LinkedHashMap<>(files));
        map.put("highlights", highlights);
        return map;
    }

    @SuppressWarnings("unchecked")
    static PartResult fromMap(Map<String, Object> map) {
        return new PartResult((Map<String, String>) map.get("files"), (Map<String, Object>) map.get("highlights"));
    }
}
