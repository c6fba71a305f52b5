package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.ParamReader;

/**
 * Params of {@code translate} (unknown keys are rejected).
 *
 * @param input  {@code text}, {@code language} and {@code source} (see {@link TextInput})
 * @param target {@code target}: the language to translate into, an ISO 639 code ({@code es}, {@code spa});
 *               required
 */
record TranslateParams(TextInput input, String target) {

    static TranslateParams read(ParamReader reader) {
        TextInput input = TextInput.read(reader, true);
        String target = TextInput.code(reader, "target", null);
        if (target == null) {
            reader.reject("target", "is required: the ISO 639 code of the language to translate into (e.g. es)");
            target = "spa";
        }
        reader.rejectUnknownKeys();
        return new TranslateParams(input, target);
    }
}
