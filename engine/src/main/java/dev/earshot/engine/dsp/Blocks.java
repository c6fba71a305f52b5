package dev.earshot.engine.dsp;

/** Block sizes for streaming loops, chosen so that one block of samples stays around one megabyte. */
public final class Blocks {

    private static final int SAMPLES_PER_BLOCK = 1 << 18;

    private Blocks() {
    }

    /** Frames per block for audio of {@code channels} channels (1 to 64): 4,096 to 262,144. */
    public static int frames(int channels) {
        return Math.max(4096, SAMPLES_PER_BLOCK / channels);
    }
}
