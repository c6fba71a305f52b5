package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.ParamReader;

/** Params of {@code paraphrase}: {@code text}, {@code language} and {@code source} (see {@link TextInput}). */
record ParaphraseParams(TextInput input) {

    static ParaphraseParams read(ParamReader reader) {
        ParaphraseParams params = new ParaphraseParams(TextInput.read(reader, true));
        reader.rejectUnknownKeys();
        return params;
    }
}
