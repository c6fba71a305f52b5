package dev.earshot.engine.intel.component;

import dev.earshot.engine.intel.redact.AudioRedactionPlan;
import dev.earshot.engine.intel.redact.RedactionSound;
import dev.earshot.engine.pipeline.ParamReader;
import java.util.List;

/**
 * Params of {@code redact_pii} (unknown keys are rejected).
 *
 * @param pii        {@code language} and {@code types} (see {@link PiiParams})
 * @param hashed     {@code style}: {@code tags} (default, {@code [CREDIT_CARD]}) or {@code hash}
 *                   ({@code [CREDIT_CARD:1f2e3d4c]}, keyed with the deployment's secret so that one value always
 *                   gets the same tag and cannot be found again without the secret)
 * @param sound      {@code sound}: {@code beep} (default, a 1 kHz tone at -20 dBFS) or {@code silence}
 * @param padSeconds {@code padding_ms}: added before and after each entity's words, 0 to 2000 ms, default 150
 */
record RedactParams(PiiParams pii, boolean hashed, RedactionSound sound, double padSeconds) {

    static RedactParams read(ParamReader reader) {
        PiiParams pii = PiiParams.readShared(reader);
        boolean hashed = "hash".equals(reader.choice("style", "tags", List.of("tags", "hash")));
        RedactionSound sound = "silence".equals(reader.choice("sound", "beep", List.of("beep", "silence")))
                ? RedactionSound.SILENCE : RedactionSound.BEEP;
        int padding = reader.integer("padding_ms", (int) Math.round(AudioRedactionPlan.DEFAULT_PADDING_SECONDS * 1000),
                0, 2000);
        reader.rejectUnknownKeys();
        return new RedactParams(pii, hashed, sound, padding / 1000.0);
    }
}
