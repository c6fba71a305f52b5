package dev.earshot.engine.speech.vosk;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechAudio;
import dev.earshot.engine.speech.SpeechChunks;
import dev.earshot.engine.speech.SpeechLanguage;
import dev.earshot.engine.speech.SpeechProgress;
import dev.earshot.engine.speech.Transcriber;
import dev.earshot.engine.speech.TranscriptionSettings;
import dev.earshot.engine.speech.VadSettings;
import dev.earshot.engine.speech.VoiceActivityDetector;
import dev.earshot.engine.speech.transcript.Transcript;
import dev.earshot.engine.speech.transcript.Word;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.vosk.Model;

/**
 * {@link Transcriber} on Vosk with the English model. The audio is converted to 16 kHz mono (on disk, if it is
 * not already), cut at silences found by the VAD into chunks of at most
 * {@link TranscriptionSettings#maxChunkSeconds()} ({@link SpeechChunks}), and the chunks are recognized on
 * {@link TranscriptionSettings#workers()} workers, each with one recognizer from a pool shared by all calls
 * ({@link PooledRecognizer}), on threads reused across calls.
 * Words are moved to file time and merged in time order; they do not depend on the number of workers.
 * Memory holds the words and one block per worker, whatever the duration. Audio the VAD does not hear as
 * speech is not recognized.
 */
public final class VoskTranscriber implements Transcriber, AutoCloseable {

    /** VAD settings for cutting: more sensitive than the defaults, so soft speech is still recognized. */
    static final VadSettings CHUNKING = new VadSettings(0.4, 100, 300, 0);

    /** Share of progress given to the VAD pass. */
    private static final double VAD_SHARE = 0.05;

    private static final AtomicInteger THREADS = new AtomicInteger();

    private final VoiceActivityDetector detector;
    private final RecognizerPool recognizers;
    private final ExecutorService executor;

    /**
     * @param model    the shared Vosk English model; the caller closes it after closing this transcriber
     * @param detector used to find the silences to cut at
     */
    public VoskTranscriber(Model model, VoiceActivityDetector detector) {
        this.detector = detector;
        this.recognizers = new RecognizerPool(model, Runtime.getRuntime().availableProcessors());
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "earshot-vosk-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
    }

    @Override
    public List<String> supportedLanguages() {
        return SpeechLanguage.supportedTags();
    }

    @Override
    public Transcript transcribe(PcmFile audio, TranscriptionSettings settings, SpeechProgress progress) {
        SpeechLanguage language = SpeechLanguage.of(settings.language());
        Path folder = settings.workDir() != null ? settings.workDir() : audio.path().toAbsolutePath().getParent();
        PcmFile speech = SpeechAudio.toSpeechFormat(audio, folder.resolve("speech16k-" + UUID.randomUUID() + ".pcm"));
        try {
            List<TimeRange> segments = detector.detect(speech, CHUNKING, f -> progress.reached(VAD_SHARE * f));
            List<TimeRange> chunks = SpeechChunks.plan(segments, speech.durationSeconds(), settings.maxChunkSeconds());
            ParallelRecognition recognition = new ParallelRecognition(recognizers, executor, speech, chunks,
                    settings.workers());
            Transcript transcript = Transcript.of(
                    recognition.run(f -> progress.reached(VAD_SHARE + (1 - VAD_SHARE) * f)), language.tag());
            progress.reached(1.0);
            return transcript;
        } finally {
            if (speech != audio) {
                speech.delete();
            }
        }
    }

    /**
     * Feeds all of {@code speech} (16 kHz mono, a few seconds at most) to a new recognizer of {@code model}, without
     * asking the VAD where speech is, and frees the recognizer: for checking the native library on a generated
     * signal, which holds no speech the VAD would pass on.
     *
     * @return the words Vosk heard, usually none in a signal that is not speech
     */
    public static List<Word> recognizeWhole(Model model, PcmFile speech) {
        try (PooledRecognizer recognizer = new PooledRecognizer(model)) {
            return recognizer.recognize(speech, new TimeRange(0, speech.durationSeconds()), new AtomicLong(),
                    () -> false);
        }
    }

    /** Stops the worker threads and frees the idle recognizers; call after the last transcription returned. */
    @Override
    public void close() {
        executor.shutdownNow();
        recognizers.close();
    }
}
