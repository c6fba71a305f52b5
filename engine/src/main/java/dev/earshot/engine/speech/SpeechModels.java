package dev.earshot.engine.speech;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.transcript.Word;
import dev.earshot.engine.speech.vosk.VoskModelCache;
import dev.earshot.engine.speech.vosk.VoskModelSource;
import dev.earshot.engine.speech.vosk.VoskTranscriber;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.vosk.LibVosk;
import org.vosk.LogLevel;
import org.vosk.Model;

/**
 * Owns the speech models of one process: loads each on first use (Silero VAD session ~0.1 s; Vosk English
 * model: extracted once into the cache folder, then loaded in about a second), shares it between all callers
 * and threads, and frees the native memory on {@link #close()}. Create one per process (the server makes it
 * a singleton bean) and close it on shutdown: {@link #close()} refuses new calls and waits for the running ones
 * (at most {@link #CLOSE_WAIT}) before it frees anything, because freeing a model under a running call crashes
 * the process.
 */
public final class SpeechModels implements AutoCloseable {

    /** The longest {@link #close()} waits for running calls; models still in use then are left to the process exit. */
    public static final Duration CLOSE_WAIT = Duration.ofSeconds(30);

    private final ModelUse use = new ModelUse();
    private final Path modelCache;
    private final Supplier<VoskModelSource> voskSource;
    private SileroModel silero;
    private VoiceActivityDetector detector;
    private Model vosk;
    private VoskTranscriber voskTranscriber;
    private Transcriber transcriber;
    private boolean closed;

    /**
     * Models found on the classpath (see {@link VoskModelSource#locate(ClassLoader)}).
     *
     * @param modelCache folder for extracted models, e.g. {@code <EARSHOT_HOME>/models}; created if missing
     */
    public SpeechModels(Path modelCache) {
        this(modelCache, () -> VoskModelSource.locate(SpeechModels.class.getClassLoader()));
    }

    /**
     * @param modelCache folder for extracted models; created if missing
     * @param voskSource where to extract the Vosk model from, asked only when the model is first needed
     */
    public SpeechModels(Path modelCache, Supplier<VoskModelSource> voskSource) {
        this.modelCache = modelCache;
        this.voskSource = voskSource;
    }

    /** The shared Silero voice activity detector, loading its model on first call. */
    public synchronized VoiceActivityDetector voiceActivityDetector() {
        checkOpen();
        if (detector == null) {
            silero = SileroModel.load();
            detector = use.counted(new SileroVoiceActivityDetector(silero));
        }
        return detector;
    }

    /** The shared Vosk transcriber, extracting and loading the English model on first call. */
    public synchronized Transcriber transcriber() {
        VoiceActivityDetector vad = voiceActivityDetector();
        if (transcriber == null) {
            voskTranscriber = new VoskTranscriber(voskModel(), vad);
            transcriber = use.counted(voskTranscriber);
        }
        return transcriber;
    }

    /**
     * Feeds all of {@code speech} (16 kHz mono, a few seconds at most) to a Vosk recognizer without the VAD,
     * loading the English model on first call (it stays loaded for {@link #transcriber()}): how the native
     * self-check exercises Vosk on a generated signal, in which the VAD would find no speech to pass on.
     *
     * @return the words recognized, usually none
     */
    public List<Word> recognizeWithoutVad(PcmFile speech) {
        Model model;
        synchronized (this) {
            checkOpen();
            model = voskModel();
            use.enter();
        }
        try {
            return VoskTranscriber.recognizeWhole(model, speech);
        } finally {
            use.leave();
        }
    }

    /**
     * Refuses new calls, waits for the running ones (at most {@link #CLOSE_WAIT}) and frees the loaded models.
     * Idempotent; the models cannot be used afterwards. Models still in use when the wait ends are not freed.
     */
    @Override
    public void close() {
        boolean idle = use.drain(CLOSE_WAIT);
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            if (!idle) {
                return;
            }
            if (voskTranscriber != null) {
                voskTranscriber.close();
            }
            if (vosk != null) {
                vosk.close();
            }
            if (silero != null) {
                silero.close();
            }
        }
    }

    private Model voskModel() {
        if (vosk == null) {
            Path folder = VoskModelCache.ensure(voskSource.get(), modelCache);
            try {
                LibVosk.setLogLevel(LogLevel.WARNINGS);
                vosk = new Model(folder.toString());
            } catch (IOException | RuntimeException | LinkageError e) {
                throw new SpeechModelException("cannot load the Vosk native library or the model from " + folder, e);
            }
        }
        return vosk;
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the speech models are closed");
        }
    }
}
