package dev.earshot.engine.audio;

/**
 * FFmpeg's native libraries for engine code outside this package that calls the bytedeco presets itself (the
 * speech package's swresample converter): the same once-per-JVM loading, silenced log and error words as the
 * decoders and encoders here.
 */
public final class FfmpegRuntime {

    private FfmpegRuntime() {
    }

    /**
     * Loads avutil, swresample, swscale, avcodec and avformat (never avdevice) if not done yet; cheap after the
     * first call, safe from any thread.
     *
     * @throws dev.earshot.engine.error.EarshotException if a library cannot be loaded
     */
    public static void load() {
        FfmpegLibrary.load();
    }

    /**
     * Returns {@code result} of an FFmpeg function when it is not negative.
     *
     * @throws dev.earshot.engine.error.EarshotException naming {@code action} and FFmpeg's words for the error
     */
    public static int check(int result, String action) {
        return FfmpegLibrary.check(result, action);
    }
}
