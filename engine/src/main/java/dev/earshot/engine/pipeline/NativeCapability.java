package dev.earshot.engine.pipeline;

import java.util.Set;

/**
 * A native library the engine runs on, loaded into the process. Each can be missing or broken on a machine while
 * the rest of Earshot works; {@link Component#natives} says which ones a step uses, and
 * {@code dev.earshot.engine.natives.NativeSelfCheck} exercises each once.
 */
public enum NativeCapability {

    /** FFmpeg (avformat, avcodec, swresample, swscale through JavaCPP): every decode, and every encode but WAV. */
    FFMPEG("ffmpeg", "FFmpeg"),

    /** ONNX Runtime running the vendored Silero VAD model: voice activity detection. */
    SILERO_VAD("sileroVad", "ONNX Runtime with the Silero VAD model"),

    /** Vosk (libvosk through JNA) with its English model: speech recognition. */
    VOSK("vosk", "Vosk");

    /** What a transcript needs: the VAD cuts the audio at silences and Vosk recognizes the pieces. */
    public static final Set<NativeCapability> TRANSCRIPTION = Set.of(SILERO_VAD, VOSK);

    private final String id;
    private final String label;

    NativeCapability(String id, String label) {
        this.id = id;
        this.label = label;
    }

    /** A short camel-case name, e.g. {@code sileroVad} (the server's health component). */
    public String id() {
        return id;
    }

    /** The library's name for people, e.g. "ONNX Runtime with the Silero VAD model". */
    public String label() {
        return label;
    }
}
