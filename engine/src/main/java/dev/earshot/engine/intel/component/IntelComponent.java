package dev.earshot.engine.intel.component;

import dev.earshot.engine.pipeline.Component;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.ParamReader;
import dev.earshot.engine.pipeline.StepContext;
import dev.earshot.engine.speech.SpeechModels;
import java.util.Set;
import java.util.function.Function;

/**
 * What the intelligence components share: an id, the reading of their params record, the speech models that give
 * the transcript and speakers of a run, and the text tools.
 *
 * @param <P> the component's params record
 */
abstract class IntelComponent<P> implements Component<P> {

    private final String id;
    private final Function<ParamReader, P> reader;
    private final SpeechModels models;
    final IntelTools tools;

    /** @param reader reads the params and ends with {@link ParamReader#rejectUnknownKeys()} */
    IntelComponent(String id, Function<ParamReader, P> reader, SpeechModels models, IntelTools tools) {
        this.id = id;
        this.reader = reader;
        this.models = models;
        this.tools = tools;
    }

    @Override
    public final String id() {
        return id;
    }

    @Override
    public final P parseParams(ParamReader params) {
        return reader.apply(params);
    }

    /** The transcript (and for some, the speakers) of the working audio: the VAD and Vosk. */
    @Override
    public Set<NativeCapability> natives(P params) {
        return NativeCapability.TRANSCRIPTION;
    }

    /** The transcript and speakers of {@code context}'s working audio, shared within the run. */
    final RunAnalysis analysis(StepContext context) {
        return new RunAnalysis(models, context);
    }
}
