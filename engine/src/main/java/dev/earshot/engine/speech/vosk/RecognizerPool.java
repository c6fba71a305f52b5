package dev.earshot.engine.speech.vosk;

import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.atomic.AtomicInteger;
import org.vosk.Model;

/**
 * Idle {@link PooledRecognizer}s of one model, so that every transcription starts with warm recognizers. A
 * borrower gets an idle one or a new one; on return it is kept if fewer than the limit are idle, otherwise
 * closed. After {@link #close()} returned recognizers are closed.
 */
final class RecognizerPool implements AutoCloseable {

    private final Model model;
    private final int maxIdle;
    private final ConcurrentLinkedDeque<PooledRecognizer> idle = new ConcurrentLinkedDeque<>();
    private final AtomicInteger idleCount = new AtomicInteger();
    private volatile boolean closed;

    RecognizerPool(Model model, int maxIdle) {
        this.model = model;
        this.maxIdle = maxIdle;
    }

    PooledRecognizer borrow() {
        if (closed) {
            throw new IllegalStateException("the Vosk recognizers are closed");
        }
        PooledRecognizer recognizer = idle.pollFirst();
        if (recognizer == null) {
            return new PooledRecognizer(model);
        }
        idleCount.decrementAndGet();
        return recognizer;
    }

    void giveBack(PooledRecognizer recognizer) {
        if (closed || idleCount.incrementAndGet() > maxIdle) {
            idleCount.decrementAndGet();
            recognizer.close();
            return;
        }
        idle.offerFirst(recognizer);
        if (closed && idle.remove(recognizer)) {
            recognizer.close();
        }
    }

    @Override
    public void close() {
        closed = true;
        PooledRecognizer recognizer;
        while ((recognizer = idle.pollFirst()) != null) {
            recognizer.close();
        }
    }
}
