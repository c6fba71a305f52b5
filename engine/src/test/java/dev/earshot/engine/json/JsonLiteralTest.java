package dev.earshot.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonLiteralTest {

    @Test
    void nestedMapsListsAndScalarsWriteJsonThatParsesBackToTheSameValue() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("text", "say \"hi\"\n\tthen\u0001 leave — ok");
        value.put("count", 3);
        value.put("score", -0.125);
        value.put("flags", Arrays.asList(true, false, null));
        value.put("nested", Map.of("empty", List.of()));

        String json = JsonLiteral.value(value);

        assertThat(json).startsWith("{\"text\":\"say \\\"hi\\\"\\n\\tthen\\u0001 leave — ok\",\"count\":3,");
        assertThat(JsonParser.parse(json)).isEqualTo(JsonParser.parse(JsonLiteral.value(JsonParser.parse(json))));
        @SuppressWarnings("unchecked")
        Map<String, Object> parsed = (Map<String, Object>) JsonParser.parse(json);
        assertThat(parsed.get("text")).isEqualTo(value.get("text"));
        assertThat(parsed.get("flags")).isEqualTo(value.get("flags"));
        assertThat(((Number) parsed.get("score")).doubleValue()).isEqualTo(-0.125);
    }

    @Test
    void numbersJsonCannotHoldAndOtherTypesAreRefused() {
        assertThatThrownBy(() -> JsonLiteral.value(Double.NaN)).hasMessageContaining("NaN");
        assertThatThrownBy(() -> JsonLiteral.value(List.of(Double.POSITIVE_INFINITY))).hasMessageContaining("Infinity");
        assertThatThrownBy(() -> JsonLiteral.value(new Object())).hasMessageContaining("cannot write a Object");
    }
}
