package dev.earshot.engine.component.channel;

import dev.earshot.engine.pipeline.ParamReader;

/** Params of {@code split_audio_channel}: none; only {@code {}} (or no params) is accepted. */
public record SplitParams() {

    /** Reports every key as unknown. */
    public static SplitParams parse(ParamReader reader) {
        reader.rejectUnknownKeys();
        return new SplitParams();
    }
}
