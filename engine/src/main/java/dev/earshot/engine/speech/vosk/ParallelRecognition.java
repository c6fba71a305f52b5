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
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.vosk.Model;

/**
 * Recognizes the chunks of one recording on a fixed number of worker threads, each with one
 * {@link WorkerRecognizer}, that each take the next chunk until none is left. The calling thread reports progress every {@value #REPORT_MILLIS} ms; if the progress
 * callback throws (cancellation), the workers stop at their next block and the exception propagates after
 * they have all stopped, so no recognizer outlives the call.
 */
final class ParallelRecognition {

    private static final long REPORT_MILLIS = 200;
    private static final AtomicInteger THREADS = new AtomicInteger();

    private final Model model;
    private final PcmFile speech;
    private final List<TimeRange> chunks;
    private final int workers;
    private final AtomicInteger nextChunk = new AtomicInteger();
    private final AtomicLong samplesDone = new AtomicLong();
    private volatile boolean cancelled;

    ParallelRecognition(Model model, PcmFile speech, List<TimeRange> chunks, int workers) {
        this.model = model;
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
        ExecutorService pool = Executors.newFixedThreadPool(workers, task -> {
            Thread thread = new Thread(task, "earshot-vosk-" + THREADS.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        try {
            List<Future<?>> futures = new ArrayList<>(workers);
            for (int w = 0; w < workers; w++) {
                futures.add(pool.submit(() -> work(results)));
            }
            for (Future<?> future : futures) {
                await(future, () -> progress.reached(Math.min(1.0, samplesDone.get() / (double) total)));
            }
        } finally {
            cancelled = true;
            pool.shutdown();
            awaitUninterruptibly(pool);
        }
        List<Word> words = new ArrayList<>();
        for (List<Word> chunkWords : results) {
            words.addAll(chunkWords);
        }
        return words;
    }

    private void work(List<Word>[] results) {
        try (WorkerRecognizer recognizer = new WorkerRecognizer(model, speech, samplesDone, () -> cancelled)) {
            int index;
            while (!cancelled && (index = nextChunk.getAndIncrement()) < chunks.size()) {
                results[index] = recognizer.recognize(chunks.get(index));
            }
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

    private static void awaitUninterruptibly(ExecutorService pool) {
        boolean interrupted = false;
        while (true) {
            try {
                if (pool.awaitTermination(1, TimeUnit.SECONDS)) {
                    break;
                }
            } catch (InterruptedException e) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}
