package dev.earshot.engine.speech.vosk;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.json.JsonParser;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.TranscriptFormat;
import dev.earshot.engine.speech.transcript.Word;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Reads the JSON export back with the JSON parser Vosk results go through. */
class TranscriptJsonTest {

    @Test
    void jsonExportParsesBackToTheSameValues() {
        Transcript transcript = Transcript.of(List.of(
                new Word("hello", 0.48, 0.66, 0.9375),
                new Word("\"quoted\"\\", 0.7, 1.0, 1),
                new Word("again", 2.5, 2.75, 0.5)), "en");
        Object parsed = JsonParser.parse(TranscriptFormat.JSON.render(transcript));
        assertThat(parsed).isInstanceOf(Map.class);
        Map<?, ?> json = (Map<?, ?>) parsed;
        assertThat(json.get("language")).isEqualTo("en");
        assertThat(json.get("text")).isEqualTo("hello \"quoted\"\\ again");
        List<?> words = (List<?>) json.get("words");
        assertThat(words).hasSize(3);
        assertThat(asMap(words.get(0))).containsEntry("text", "hello").containsEntry("start", 0.48)
                .containsEntry("end", 0.66).containsEntry("confidence", 0.938);
        List<?> utterances = (List<?>) json.get("utterances");
        assertThat(utterances).hasSize(2);
        assertThat(asMap(utterances.get(1))).containsEntry("start", 2.5).containsEntry("text", "again");
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> asMap(Object value) {
        return (Map<String, Object>) value;
    }

    @Test
    void voskResultsBecomeWordsInFileTime() {
        String result = "{ \"result\" : [{ \"conf\" : 0.937523, \"end\" : 0.660000, \"start\" : 0.480000, "
                + "\"word\" : \"the\" }, { \"conf\" : 1.0, \"end\" : 1.0, \"start\" : 0.7, \"word\" : \"[unk]\" }], "
                + "\"text\" : \"the [unk]\" }";
        assertThat(VoskResult.words(result, 10)).containsExactly(new Word("the", 10.48, 10.66, 0.937523));
        assertThat(VoskResult.words("{ \"text\" : \"\" }", 0)).isEmpty();
    }
}
