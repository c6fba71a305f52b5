package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.javacv.FFmpegFrameGrabber;
import org.bytedeco.javacv.FFmpegFrameRecorder;

/**
 * Loads FFmpeg's native libraries once per JVM and silences FFmpeg's own log, which would otherwise
 * write to the process's standard error from native code. Problems reach callers as exceptions instead.
 */
final class FfmpegLibrary {

    private static final Pattern ERROR_CODE = Pattern.compile("error (-\\d+)");
    private static final int ERROR_TEXT_BYTES = 128;

    private static volatile boolean loaded;

    private FfmpegLibrary() {
    }

    /** Loads the libraries if not done yet; safe to call from any thread, cheap after the first call. */
    static void load() {
        if (loaded) {
            return;
        }
        synchronized (FfmpegLibrary.class) {
            if (loaded) {
                return;
            }
            try {
                FFmpegFrameGrabber.tryLoad();
                FFmpegFrameRecorder.tryLoad();
            } catch (Exception | LinkageError e) {
                throw new EarshotException("FFmpeg native libraries could not be loaded: " + e.getMessage(), e);
            }
            avutil.av_log_set_level(avutil.AV_LOG_QUIET);
            loaded = true;
        }
    }

    /**
     * FFmpeg's own words for the error code in a JavaCV exception message (e.g. "Invalid data found when
     * processing input"), without the file path and advice JavaCV adds; "unknown FFmpeg error" if there is none.
     */
    static String reason(Exception failure) {
        Matcher code = ERROR_CODE.matcher(String.valueOf(failure.getMessage()));
        if (!code.find()) {
            return "unknown FFmpeg error";
        }
        return describe(Integer.parseInt(code.group(1)));
    }

    /** FFmpeg's own words for a negative error code returned by one of its functions. */
    static String describe(int errorCode) {
        byte[] text = new byte[ERROR_TEXT_BYTES];
        if (avutil.av_strerror(errorCode, text, text.length) < 0) {
            return "FFmpeg error " + errorCode;
        }
        int length = 0;
        while (length < text.length && text[length] != 0) {
            length++;
        }
        return new String(text, 0, length, StandardCharsets.UTF_8);
    }
}
