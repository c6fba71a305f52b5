package dev.earshot.server.support;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.nio.ByteOrder;
import java.util.Random;

/** Small WAV files made in code for door tests. */
public final class TestAudio {

    private TestAudio() {
    }

    /** A 16-bit PCM WAV of a 440 Hz tone (channel k at 440*(k+1) Hz) over quiet noise, with a silent lead-in. */
    public static byte[] toneWav(double seconds, int rate, int channels, double silentLeadSeconds) {
        int frames = (int) Math.round(seconds * rate);
        int lead = (int) Math.round(silentLeadSeconds * rate);
        Random random = new Random(7);
        ByteBuffer data = ByteBuffer.allocate(frames * channels * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int i = 0; i < frames; i++) {
            for (int c = 0; c < channels; c++) {
                double tone = i < lead ? 0 : 0.4 * Math.sin(2 * Math.PI * 440 * (c + 1) * i / rate);
                double noise = i < lead ? 0 : 0.02 * random.nextGaussian();
                data.putShort((short) Math.round(Math.max(-1, Math.min(1, tone + noise)) * 32767));
            }
        }
        return wav(data.array(), rate, channels);
    }

    /** A 16-bit PCM WAV of digital silence, mono. */
    public static byte[] silenceWav(double seconds, int rate) {
        return wav(new byte[2 * (int) Math.round(seconds * rate)], rate, 1);
    }

    /** An MP3 of a tone made with the engine's encoder, {@code seconds} long, mono. */
    public static byte[] mp3(double seconds, int rate, Path dir) {
        return encode(toneWav(seconds, rate, 1, 0), OutputFormat.MP3, dir);
    }

    /** A WAV file re-encoded by the engine's encoder into {@code format} (working files go to {@code dir}). */
    public static byte[] encode(byte[] wavFile, OutputFormat format, Path dir) {
        try {
            Path wav = Files.createTempFile(dir, "source", ".wav");
            Files.write(wav, wavFile);
            PcmFile pcm = new AudioDecoder().decode(wav, "source.wav", wav.resolveSibling(wav.getFileName() + ".pcm"),
                    DecodeOptions.original(Duration.ofSeconds(30)));
            Path encoded = wav.resolveSibling(wav.getFileName() + "." + format.extension());
            new AudioEncoder().encode(pcm, encoded, format);
            return Files.readAllBytes(encoded);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A 16-bit PCM WAV of interleaved samples in [-1, 1] (clipped beyond), as a client's recorder writes it. */
    public static byte[] wav(float[] samples, int rate, int channels) {
        ByteBuffer pcm = ByteBuffer.allocate(samples.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (float sample : samples) {
            pcm.putShort((short) Math.round(Math.max(-1, Math.min(1, sample)) * 32767));
        }
        return wav(pcm.array(), rate, channels);
    }

    /** Wraps 16-bit little-endian PCM in a RIFF/WAVE header. */
    public static byte[] wav(byte[] pcm, int rate, int channels) {
        ByteBuffer out = ByteBuffer.allocate(44 + pcm.length).order(ByteOrder.LITTLE_ENDIAN);
        out.put("RIFF".getBytes()).putInt(36 + pcm.length).put("WAVE".getBytes());
        out.put("fmt ".getBytes()).putInt(16).putShort((short) 1).putShort((short) channels).putInt(rate)
                .putInt(rate * channels * 2).putShort((short) (channels * 2)).putShort((short) 16);
        out.put("data".getBytes()).putInt(pcm.length).put(pcm);
        return out.array();
    }
}
