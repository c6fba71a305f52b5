package dev.earshot.engine.speech;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmWriter;
import java.nio.file.Path;

/** Turns working audio of any rate and channel count into 16 kHz mono working audio, block by block. */
public final class SpeechAudio {

    private static final int BLOCK = 8192;

    private SpeechAudio() {
    }

    /** True if {@code file} is already 16 kHz mono. */
    public static boolean isSpeechFormat(PcmFile file) {
        return file.format().equals(AudioFormat.SPEECH);
    }

    /**
     * Returns {@code file} itself if it is 16 kHz mono, otherwise writes a 16 kHz mono copy to {@code target}
     * and returns it. The input is never modified.
     */
    public static PcmFile toSpeechFormat(PcmFile file, Path target) {
        if (isSpeechFormat(file)) {
            return file;
        }
        float[] block = new float[BLOCK];
        try (SpeechSamples samples = SpeechSamples.open(file);
             PcmWriter writer = PcmFile.create(target, AudioFormat.SPEECH)) {
            int n;
            while ((n = samples.read(block, block.length)) > 0) {
                writer.write(block, 0, n);
            }
            return writer.finish();
        }
    }
}
