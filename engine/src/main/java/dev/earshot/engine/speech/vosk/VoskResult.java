package dev.earshot.engine.speech.vosk;

import dev.earshot.engine.json.JsonParser;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads the words of a Vosk result ({@code {"result": [{"conf", "start", "end", "word"}...], "text"}}, as
 * given by a recognizer with {@code setWords(true)}). The {@code [unk]} token is dropped.
 */
final class VoskResult {

    private static final String UNKNOWN = "[unk]";

    private VoskResult() {
    }

    /**
     * The words of {@code json}, moved {@code offsetSeconds} later (may be negative), with times rounded to the
     * millisecond and clamped to 0 or more.
     */
    static List<Word> words(String json, double offsetSeconds) {
        if (!(JsonParser.parse(json) instanceof Map<?, ?> result) || !(result.get("result") instanceof List<?> items)) {
            return List.of();
        }
        List<Word> words = new ArrayList<>(items.size());
        for (Object item : items) {
            if (item instanceof Map<?, ?> entry && entry.get("word") instanceof String text
                    && !text.isBlank() && !UNKNOWN.equals(text)) {
                double start = Math.max(0, milliseconds(number(entry.get("start")) + offsetSeconds));
                double end = Math.max(start, milliseconds(number(entry.get("end")) + offsetSeconds));
                double confidence = Math.max(0, Math.min(1, number(entry.get("conf"))));
                words.add(new Word(text, start, end, confidence));
            }
        }
        return words;
    }

    private static double milliseconds(double seconds) {
        return Math.round(seconds * 1000) / 1000.0;
    }

    private static double number(Object value) {
        return value instanceof Number n && Double.isFinite(n.doubleValue()) ? n.doubleValue() : 0;
    }
}
