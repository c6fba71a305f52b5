package dev.earshot.engine.component.silence;

import dev.earshot.engine.pipeline.ParamReader;

/** Params of {@code end_silence_trimmer}: none; only {@code {}} (or no params) is accepted. */
public record EndTrimParams() {

    /** Reports every key as unknown. */
    public static EndTrimParams parse(ParamReader reader) {
        reader.rejectUnknownKeys();
        return new EndTrimParams();
    }
}
