package dev.earshot.engine.speech.component;

import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.speech.SpeechModels;
import java.util.List;

/** The pipeline components built on the speech models, for a {@code ComponentRegistry}. */
public final class SpeechComponents {

    private SpeechComponents() {
    }

    /** Every speech component, sharing {@code models}. */
    public static List<Component<?>> all(SpeechModels models) {
        return List.of(new SpeechDurationMeasurement(models), new Transcription(models), new FluencyCheck(models),
                new SegmentCheck(models), new SegmentFixer(models), new SpeechSimilarity(models));
    }
}
