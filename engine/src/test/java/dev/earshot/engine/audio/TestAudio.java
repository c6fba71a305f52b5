package dev.earshot.engine.audio;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import org.bytedeco.ffmpeg.global.avcodec;

/** Generates test signals and files; every fixture is made in code. */
final class TestAudio {

    static final double AMPLITUDE = 0.5;

    private TestAudio() {
    }

    /** A sine per channel: channel {@code c} at {@code frequencies[c]} Hz, amplitude {@link #AMPLITUDE}. */
    static PcmFile tones(Path path, AudioFormat format, double seconds, double... frequencies) {
        try (PcmWriter writer = PcmFile.create(path, format)) {
            long total = format.frames(seconds);
            float[] block = new float[4096 * format.channels()];
            for (long start = 0; start < total; start += 4096) {
                int frames = (int) Math.min(4096, total - start);
                for (int i = 0; i < frames; i++) {
                    double t = (start + i) / (double) format.sampleRate();
                    for (int c = 0; c < format.channels(); c++) {
                        double phase = 2 * Math.PI * frequencies[c] * t;
                        block[i * format.channels() + c] = (float) (AMPLITUDE * Math.sin(phase));
                    }
                }
                writer.write(block, 0, frames);
            }
            return writer.finish();
        }
    }

    /** All samples of a short file, interleaved. */
    static float[] samples(PcmFile file) {
        float[] all = new float[Math.toIntExact(file.frames() * file.format().channels())];
        try (PcmReader reader = file.openReader()) {
            int at = 0;
            float[] block = new float[4096 * file.format().channels()];
            int frames;
            while ((frames = reader.read(block, 4096)) > 0) {
                System.arraycopy(block, 0, all, at, frames * file.format().channels());
                at += frames * file.format().channels();
            }
        }
        return all;
    }

    /** Frequency of channel {@code channel}, in Hz, from its zero crossings over the middle of the signal. */
    static double frequency(PcmFile file, int channel) {
        float[] all = samples(file);
        int channels = file.format().channels();
        long frames = file.frames();
        int from = (int) (frames / 10);
        int to = (int) (frames * 9 / 10);
        int crossings = 0;
        for (int i = from + 1; i < to; i++) {
            if ((all[(i - 1) * channels + channel] < 0) != (all[i * channels + channel] < 0)) {
                crossings++;
            }
        }
        return crossings / 2.0 / ((to - from) / (double) file.format().sampleRate());
    }

    /** Root mean square of channel {@code channel}. */
    static double rms(PcmFile file, int channel) {
        float[] all = samples(file);
        int channels = file.format().channels();
        double sum = 0;
        for (int i = channel; i < all.length; i += channels) {
            sum += all[i] * (double) all[i];
        }
        return Math.sqrt(sum / (all.length / channels));
    }

    /** Encodes sines straight through FFmpeg, for inputs AudioEncoder does not write (Ogg Vorbis, Ogg FLAC, video). */
    static Path record(Path target, String container, int codec, int rate, int channels, double seconds,
                       Map<String, String> audioOptions) {
        FfmpegLibrary.load();
        String encoder = avcodec.avcodec_find_encoder(codec).name().getString();
        return TestMedia.audio(target, container, encoder, rate, channels, seconds, audioOptions,
                TestMedia.harmonics(rate));
    }

    /** An MP4 with MPEG-4 video (64x64, 10 fps) and a mono AAC track of {@code seconds} seconds. */
    static Path video(Path target, double seconds) {
        return TestMedia.video(target, new TestMedia.Video("mp4", "mpeg4", "aac", 64, 64, 10, 22_050), seconds,
                (frame, x, y) -> 0, TestMedia.harmonics(22_050));
    }

    /** A PCM WAV header (44 bytes) with the given fields, followed by {@code body}. */
    static Path wav(Path target, int formatTag, int channels, int rate, int bits, long declaredDataBytes, byte[] body) {
        ByteBuffer header = ByteBuffer.allocate(44).order(ByteOrder.LITTLE_ENDIAN);
        int blockAlign = channels * bits / 8;
        header.put(ascii("RIFF")).putInt((int) (36 + declaredDataBytes)).put(ascii("WAVE")).put(ascii("fmt "))
                .putInt(16).putShort((short) formatTag).putShort((short) channels).putInt(rate)
                .putInt(rate * blockAlign).putShort((short) blockAlign).putShort((short) bits)
                .put(ascii("data")).putInt((int) declaredDataBytes);
        try {
            Files.write(target, header.array());
            Files.write(target, body, StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    private static byte[] ascii(String text) {
        return text.getBytes(StandardCharsets.US_ASCII);
    }
}
