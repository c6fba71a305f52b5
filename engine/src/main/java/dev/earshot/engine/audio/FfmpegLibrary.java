package dev.earshot.engine.audio;

import dev.earshot.engine.error.EarshotException;
import java.nio.charset.StandardCharsets;
import org.bytedeco.ffmpeg.global.avcodec;
import org.bytedeco.ffmpeg.global.avformat;
import org.bytedeco.ffmpeg.global.avutil;
import org.bytedeco.ffmpeg.global.swresample;
import org.bytedeco.ffmpeg.global.swscale;
import org.bytedeco.javacpp.Loader;

/**
 * Loads the FFmpeg libraries Earshot uses (avutil, swresample, swscale, avcodec, avformat; never avdevice, whose
 * capture devices link PulseAudio, X11 and ALSA) once per JVM and silences FFmpeg's own log, which would otherwise
 * write to the process's standard error from native code. Problems reach callers as exceptions instead. Public for
 * engine code outside this package that calls the bytedeco presets itself (the speech package's resampler).
 */
public final class FfmpegLibrary {

    private static final int ERROR_TEXT_BYTES = 128;

    private static volatile boolean loaded;
    private static volatile EarshotException failure;

    private FfmpegLibrary() {
    }

    /**
     * Loads the libraries if not done yet; safe to call from any thread, cheap after the first call.
     *
     * @throws EarshotException if a library cannot be loaded (the same exception on every later call)
     */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (FfmpegLibrary.class) {
            if (loaded) {
                return;
            }
            if (failure != null) {
                throw failure;
            }
            try {
                Loader.load(avutil.class);
                Loader.load(swresample.class);
                Loader.load(swscale.class);
                Loader.load(avcodec.class);
                Loader.load(avformat.class);
            } catch (Exception | LinkageError e) {
                failure = new EarshotException("FFmpeg native libraries could not be loaded: " + e, e);
                throw failure;
            }
            avutil.av_log_set_level(avutil.AV_LOG_QUIET);
            loaded = true;
        }
    }

    /** FFmpeg's own words for a negative error code returned by one of its functions. */
    public static String describe(int errorCode) {
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

    /**
     * Returns {@code result} when it is not negative.
     *
     * @throws EarshotException naming {@code action} and FFmpeg's words for the error otherwise
     */
    public static int check(int result, String action) {
        if (result < 0) {
            throw new EarshotException("FFmpeg could not " + action + ": " + describe(result));
        }
        return result;
    }
}
