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
 * A Vosk recognizer kept in a {@link RecognizerPool} and reused for chunk after chunk, across recordings,
 * with {@code reset()} in between. Reuse matters: a new recognizer starts with a cold look-ahead composition
 * cache and ran about 4 times slower on the first seconds of audio. After {@code getFinalResult()} and
 * {@code reset()} a recognizer gives exactly the words and confidences a new one would, but keeps counting
 * time from the first sample it ever saw, so that count is subtracted. A {@code reset()} without the final
 * result (a chunk cut short by cancellation or an error) leaves the feature pipeline and its i-vector state
 * running, which changed later results, so such a recognizer is closed instead of reused. Vosk reports times
 * as 32-bit floats, so a recognizer is also replaced after
 * {@value #RENEW_AFTER_SECONDS} s of audio to keep them precise, and times are rounded to the millisecond.
 * <p>
 * Samples are fed in 0.25 s blocks scaled to the 16-bit range, plus Kaldi's dither (Gaussian, one 16-bit
 * step) added here from a generator seeded with the chunk's first sample index: the extracted model has
 * Kaldi's own dither, seeded from the process-wide {@code rand()}, switched off (see {@link VoskModelCache}).
 * So the same chunk always gives the same words, whichever recognizer runs it. Not thread-safe: one thread
 * at a time, which the pool ensures.
 */
final class PooledRecognizer implements AutoCloseable {

    static final double RENEW_AFTER_SECONDS = 3600;
    private static final int BLOCK = 4000;

    private final Model model;
    private final float[] samples = new float[BLOCK];
    private Recognizer recognizer;
    private long samplesSeen;

    PooledRecognizer(Model model) {
        this.model = model;
    }

    /**
     * The words of {@code chunk} of {@code speech} (16 kHz mono), with times from the start of the file.
     *
     * @param samplesDone incremented with every block fed, for progress
     * @param cancelled   checked between blocks
     */
    List<Word> recognize(PcmFile speech, TimeRange chunk, AtomicLong samplesDone, BooleanSupplier cancelled) {
        int rate = speech.format().sampleRate();
        long from = speech.format().frames(chunk.start());
        long to = Math.min(speech.frames(), speech.format().frames(chunk.end()));
        Recognizer active = recognizer(rate);
        double offset = (from - samplesSeen) / (double) rate;
        Random dither = new Random(from);
        List<Word> words = new ArrayList<>();
        long position = from;
        boolean finished = false;
        try (PcmReader reader = speech.openReader()) {
            reader.seek(from);
            while (position < to) {
                if (cancelled.getAsBoolean()) {
                    throw new PipelineCancelledException("transcription was cancelled");
                }
                int n = reader.read(samples, (int) Math.min(BLOCK, to - position));
                toDithered16BitRange(n, dither);
                if (active.acceptWaveForm(samples, n)) {
                    words.addAll(VoskResult.words(active.getResult(), offset));
                }
                position += n;
                samplesDone.addAndGet(n);
            }
            words.addAll(VoskResult.words(active.getFinalResult(), offset));
            finished = true;
        } finally {
            if (finished) {
                active.reset();
                samplesSeen += position - from;
            } else {
                close();
            }
        }
        return words;
    }

    private Recognizer recognizer(int rate) {
        if (recognizer != null && samplesSeen / (double) rate > RENEW_AFTER_SECONDS) {
            close();
        }
        if (recognizer == null) {
            try {
                recognizer = new Recognizer(model, rate);
            } catch (IOException e) {
                throw new SpeechModelException("cannot create a Vosk recognizer", e);
            }
            recognizer.setWords(true);
            samplesSeen = 0;
        }
        return recognizer;
    }

    private void toDithered16BitRange(int count, Random dither) {
        for (int i = 0; i < count; i++) {
            float s = Math.max(-1f, Math.min(1f, samples[i]));
            samples[i] = s * 32768f + (float) dither.nextGaussian();
        }
    }

    @Override
    public void close() {
        if (recognizer != null) {
            recognizer.close();
            recognizer = null;
        }
    }
}
