package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.ParamReader;

/** Params of {@code sentiment}: {@code language} and {@code by_speaker} (see {@link SpeakerChoice}). */
record SentimentParams(SpeakerChoice speech) {

    static SentimentParams read(ParamReader reader) {
        SentimentParams params = new SentimentParams(SpeakerChoice.read(reader));
        reader.rejectUnknownKeys();
        return params;
    }
}
