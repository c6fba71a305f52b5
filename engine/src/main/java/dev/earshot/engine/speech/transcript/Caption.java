package dev.earshot.engine.speech.transcript;

import java.util.List;

/**
 * One subtitle cue.
 *
 * @param start when it appears, in seconds
 * @param end   when it disappears, in seconds; after {@code start}
 * @param lines one or two lines of text
 */
public record Caption(double start, double end, List<String> lines) {

    public Caption {
        lines = List.copyOf(lines);
    }
}
