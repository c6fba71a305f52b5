package dev.earshot.server.studio;

import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** JSON objects the studio tables store in text columns (configs, metrics, results), read back in their order. */
final class StoredJson {

    private StoredJson() {
    }

    static Map<String, Object> object(JsonMapper json, String text) {
        @SuppressWarnings("unchecked")
        Map<String, Object> value = json.readValue(text, LinkedHashMap.class);
        return value;
    }
}
