package dev.earshot.engine.speech.vosk;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmReader;
import dev.earshot.engine.error.PipelineCancelledException;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechModelException;
import dev.earshot.engine.speech.transcript.Word;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import org.vosk.Model;
import org.vosk.Recognizer;

/**
 * Recognizes one chunk of a 16 kHz mono file with a fresh Vosk recognizer, fed in 0.25 s blocks scaled to the
 * 16-bit range. A fresh recognizer per chunk (creating one costs about 0.1 s) keeps results independent of
 * which worker ran which chunks before: Vosk's {@code reset()} keeps counting time from the first sample it
 * ever saw and keeps its i-vector speaker adaptation. Kaldi's dither is switched off in the extracted model
 * (see {@link VoskModelCache}) and added here instead, Gaussian with a standard deviation of one 16-bit step
 * as Kaldi does, from a generator seeded with the chunk's first sample index: the same audio always gives
 * the same words.
 */
final class ChunkRecognizer {

    private static final int BLOCK = 4000;

    private final Model model;
    private final PcmFile speech;
    private final AtomicLong samplesDone;
    private final BooleanSupplier cancelled;

    /**
     * @param speech      16 kHz mono audio
     * @param samplesDone incremented with every block fed, for progress
     * @param cancelled   checked between blocks
     */
    ChunkRecognizer(Model model, PcmFile speech, AtomicLong samplesDone, BooleanSupplier cancelled) {
        this.model = model;
        this.speech = speech;
        this.samplesDone = samplesDone;
        this.cancelled = cancelled;
    }

    /** The words of {@code chunk}, with times from the start of the file. */
    List<Word> recognize(TimeRange chunk) {
        long from = speech.format().frames(chunk.start());
        long to = Math.min(speech.frames(), speech.format().frames(chunk.end()));
        float[] samples = new float[BLOCK];
        Random dither = new Random(from);
        List<Word> words = new ArrayList<>();
        double offset = from / (double) speech.format().sampleRate();
        try (PcmReader reader = speech.openReader(); Recognizer recognizer = newRecognizer()) {
            reader.seek(from);
            long position = from;
            while (position < to) {
                if (cancelled.getAsBoolean()) {
                    throw new PipelineCancelledException("transcription was cancelled");
                }
                int n = reader.read(samples, (int) Math.min(BLOCK, to - position));
                toDithered16BitRange(samples, n, dither);
                if (recognizer.acceptWaveForm(samples, n)) {
                    words.addAll(VoskResult.words(recognizer.getResult(), offset));
                }
                position += n;
                samplesDone.addAndGet(n);
            }
            words.addAll(VoskResult.words(recognizer.getFinalResult(), offset));
        }
        return words;
    }

    private Recognizer newRecognizer() {
        try {
            Recognizer recognizer = new Recognizer(model, speech.format().sampleRate());
            recognizer.setWords(true);
            return recognizer;
        } catch (IOException e) {
            throw new SpeechModelException("cannot create a Vosk recognizer", e);
        }
    }

    private static void toDithered16BitRange(float[] samples, int count, Random dither) {
        for (int i = 0; i < count; i++) {
            float s = Math.max(-1f, Math.min(1f, samples[i]));
            samples[i] = s * 32768f + (float) dither.nextGaussian();
        }
    }
}
