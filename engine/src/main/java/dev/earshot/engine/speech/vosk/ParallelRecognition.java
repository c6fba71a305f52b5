package dev.earshot.engine.speech.vosk;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.error.EarshotException;
import dev.earshot.engine.error.PipelineCancelledException;
import dev.earshot.engine.pipeline.TimeRange;
import dev.earshot.engine.speech.SpeechProgress;
import dev.earshot.engine.speech.transcript.Word;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Recognizes the chunks of one recording with a number of workers, tasks on a shared executor that each
 * borrow one recognizer from the pool and take the next chunk until none is left. The calling thread reports
 * progress every {@value #REPORT_MILLIS} ms; if the progress callback throws (cancellation), the workers stop
 * at their next block and the exception propagates after they have all stopped.
 */
final class ParallelRecognition {

    private static final long REPORT_MILLIS = 200;

    private final RecognizerPool recognizers;
    private final ExecutorService executor;
    private final PcmFile speech;
    private final List<TimeRange> chunks;
    private final int workers;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicLong samplesDone = new AtomicLong();
    private volatile boolean cancelled;

    ParallelRecognition(RecognizerPool recognizers, ExecutorService executor, PcmFile speech,
                        List<TimeRange> chunks, int workers) {
        this.recognizers = recognizers;
        this.executor = executor;
        this.speech = speech;
        this.chunks = List.copyOf(chunks);
        this.workers = Math.max(1, Math.min(workers, chunks.size()));
    }

    /** The words of all chunks, in chunk order. */
    List<Word> run(SpeechProgress progress) {
        if (chunks.isEmpty()) {
            return List.of();
        }
        @SuppressWarnings("unchecked")
        List<Word>[] results = new List[chunks.size()];
        long total = Math.max(1, chunks.stream().mapToLong(c -> speech.format().frames(c.length())).sum());
        List<Future<?>> futures = new ArrayList<>(workers);
        try {
            for (int w = 0; w < workers; w++) {
                futures.add(executor.submit(() -> work(results)));
            }
            for (Future<?> future : futures) {
                await(future, () -> progress.reached(Math.min(1.0, samplesDone.get() / (double) total)));
            }
        } finally {
            cancelled = true;
            futures.forEach(ParallelRecognition::awaitQuietly);
        }
        List<Word> words = new ArrayList<>();
        for (List<Word> chunkWords : results) {
            words.addAll(chunkWords);
        }
        return words;
    }

    private void work(List<Word>[] results) {
        PooledRecognizer recognizer = recognizers.borrow();
        try {
            int index;
            while (!cancelled && (index = nextChunk.getAndIncrement()) < chunks.size()) {
                results[index] = recognizer.recognize(speech, chunks.get(index), samplesDone, () -> cancelled);
            }
        } finally {
            recognizers.giveBack(recognizer);
        }
    }

    private static void await(Future<?> future, Runnable report) {
        while (true) {
            try {
                future.get(REPORT_MILLIS, TimeUnit.MILLISECONDS);
                return;
            } catch (TimeoutException e) {
                report.run();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new PipelineCancelledException("transcription was interrupted");
            } catch (ExecutionException e) {
                if (e.getCause() instanceof RuntimeException runtime) {
                    throw runtime;
                }
                throw new EarshotException("transcription failed", e.getCause());
            }
        }
    }

    /** Waits until {@code future} is done, whatever its outcome, keeping an interrupt for later. */
    private static void awaitQuietly(Future<?> future) {
        boolean interrupted = false;
        while (true) {
            try {
                future.get();
                break;
            } catch (InterruptedException e) {
                interrupted = true;
            } catch (ExecutionException | java.util.concurrent.CancellationException e) {
                break;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
