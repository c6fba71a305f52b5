package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.transcript.Word;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the speech and conversation-intelligence components print numbers, times and words in their metrics. */
public final class MetricValues {

    private MetricValues() {
    }

    /** {@code value} rounded half up to {@code decimals} decimals. */
    public static double round(double value, int decimals) {
        return BigDecimal.valueOf(value).setScale(decimals, RoundingMode.HALF_UP).doubleValue();
    }

    /** A time or duration in seconds, rounded to the millisecond. */
    public static double seconds(double value) {
        return round(value, 3);
    }

    /** {@code [start, end]} in seconds, rounded to the millisecond. */
    public static List<Double> pair(TimeRange range) {
        return List.of(seconds(range.start()), seconds(range.end()));
    }

    /** {@code {"text", "start", "end"}}, times in seconds. */
    public static Map<String, Object> timedWord(Word word) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("text", word.text());
        map.put("start", seconds(word.start()));
        map.put("end", seconds(word.end()));
        return map;
    }

    /** {@code {"text", "start", "end", "confidence"}}, times in seconds, confidence 0 to 1 to 3 decimals. */
    public static Map<String, Object> word(Word word) {
        Map<String, Object> map = timedWord(word);
        map.put("confidence", round(word.confidence(), 3));
        return map;
    }

    /** {@code count / total}, or 0 when {@code total} is 0. */
    public static double ratio(double count, double total) {
        return total > 0 ? count / total : 0;
    }
}
