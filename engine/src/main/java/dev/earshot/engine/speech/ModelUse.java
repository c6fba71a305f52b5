package dev.earshot.engine.speech;

import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.speech.transcript.Transcript;
import java.time.Duration;
import java.util.List;

/**
 * Counts the calls that are inside the native speech models, so that {@link SpeechModels#close()} frees them only
 * once no call is using them: freeing a model under a running call crashes the process. Once closing has begun,
 * new calls are refused. Thread-safe.
 */
final class ModelUse {

    private int calls;
    private boolean closing;

    /** Starts a call; refused once closing has begun. */
    synchronized void enter() {
        if (closing) {
            throw new IllegalStateException("the speech models are closing: the server is stopping");
        }
        calls++;
    }

    synchronized void leave() {
        calls--;
        notifyAll();
    }

    /**
     * Refuses new calls and waits until the running ones have returned, at most {@code wait}.
     *
     * @return true when no call is running any more
     */
    synchronized boolean drain(Duration wait) {
        closing = true;
        long deadline = System.nanoTime() + wait.toNanos();
        while (calls > 0) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return false;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return calls == 0;
            }
        }
        return true;
    }

    /** {@code detector} with each call counted. */
    VoiceActivityDetector counted(VoiceActivityDetector detector) {
        return (audio, settings, progress) -> {
            enter();
            try {
                return detector.detect(audio, settings, progress);
            } finally {
                leave();
            }
        };
    }

    /** {@code transcriber} with each call counted. */
    Transcriber counted(Transcriber transcriber) {
        return new Transcriber() {
            @Override
            public List<String> supportedLanguages() {
                return transcriber.supportedLanguages();
            }

            @Override
            public Transcript transcribe(PcmFile audio, TranscriptionSettings settings, SpeechProgress progress) {
                enter();
                try {
                    return transcriber.transcribe(audio, settings, progress);
                } finally {
                    leave();
                }
            }
        };
    }
}
