package dev.earshot.engine.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class JsonParserTest {

    @Test
    void stringLiteralsReadBackAsTheTextTheyWereWrittenFrom() {
        String text = "quote \" backslash \\ tab \t line\nbell \u0007 accents éñ 日本";
        assertThat(JsonParser.parse(JsonLiteral.string(text))).isEqualTo(text);
        assertThat(JsonLiteral.string(null)).isEqualTo("null");
    }

    @Test
    void objectsKeepTheirKeysInDocumentOrder() {
        Object value = JsonParser.parse("{\"b\": [1, 2.5, -3e2], \"a\": {\"ok\": true, \"none\": null}, \"c\": \"\\u00e9\"}");
        assertThat(value).isInstanceOf(Map.class);
        Map<?, ?> map = (Map<?, ?>) value;
        assertThat(List.copyOf(map.keySet())).isEqualTo(List.of("b", "a", "c"));
        assertThat(map.get("b")).isEqualTo(List.of(1.0, 2.5, -300.0));
        Map<?, ?> inner = (Map<?, ?>) map.get("a");
        assertThat(inner.get("ok")).isEqualTo(true);
        assertThat(inner.containsKey("none") && inner.get("none") == null).isTrue();
        assertThat(map.get("c")).isEqualTo("é");
    }

    @Test
    void deepNestingIsRefusedInsteadOfOverflowingTheStack() {
        String deep = "[".repeat(JsonParser.MAX_DEPTH + 1) + "]".repeat(JsonParser.MAX_DEPTH + 1);
        assertThatThrownBy(() -> JsonParser.parse(deep)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nested");
        String allowed = "[".repeat(JsonParser.MAX_DEPTH) + "]".repeat(JsonParser.MAX_DEPTH);
        assertThat(JsonParser.parse(allowed)).isInstanceOf(List.class);
    }

    @Test
    void brokenTextIsAnIllegalArgumentNamingThePosition() {
        for (String broken : List.of("", "{", "{\"a\" 1}", "[1,", "\"\\u12", "\"\\uzzzz\"", "tru", "1e", "{} x")) {
            assertThatThrownBy(() -> JsonParser.parse(broken)).as(broken)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("at character");
        }
    }
}
