package dev.earshot.server.enhance;

import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import java.nio.file.Path;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.DoubleConsumer;

/**
 * Runs {@link AudioEncoder#encode} and tells how far it got, which the encoder itself does not: every 250 ms, from
 * another thread, the bytes written so far as a share of the size the file is expected to reach. WAV is exact
 * (16-bit samples after a 44-byte header); MP3 and M4A are constant bit rate (64 kbit/s per channel, as
 * {@link OutputFormat} documents) and come within about 2%; Opus (48 kbit/s per channel, variable) and FLAC (taken
 * as half of 16-bit PCM) depend on the content, so the share is capped at 99% and the stage ends when the encoder
 * returns. No report is made after {@code encode} returns.
 */
final class ProgressReportingEncoder {

    private static final long INTERVAL_MILLIS = 250;
    private static final double MAX_SHARE = 0.99;
    private static final int WAV_HEADER_BYTES = 44;
    private final AudioEncoder encoder = new AudioEncoder();

    void encode(PcmFile source, Path target, OutputFormat format, DoubleConsumer progress)
            throws InterruptedException {
        double expected = expectedBytes(source, format);
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(task -> {
            Thread thread = new Thread(task, "enhance-encode-progress");
            thread.setDaemon(true);
            return thread;
        });
        ticker.scheduleWithFixedDelay(() -> progress.accept(Math.min(MAX_SHARE, target.toFile().length() / expected)),
                INTERVAL_MILLIS, INTERVAL_MILLIS, TimeUnit.MILLISECONDS);
        try {
            encoder.encode(source, target, format);
        } finally {
            ticker.shutdown();
            ticker.awaitTermination(1, TimeUnit.MINUTES);
        }
    }

    /** The size, in bytes, {@code format} is expected to give for {@code source}; at least 1. */
    static double expectedBytes(PcmFile source, OutputFormat format) {
        int channels = source.format().channels();
        double pcm16 = source.frames() * channels * 2.0;
        double seconds = source.durationSeconds();
        double bytes = switch (format) {
            case WAV -> WAV_HEADER_BYTES + pcm16;
            case FLAC -> pcm16 / 2;
            case MP3, M4A -> seconds * channels * 64_000 / 8;
            case OGG -> seconds * channels * 48_000 / 8;
        };
        return Math.max(1, bytes);
    }
}
