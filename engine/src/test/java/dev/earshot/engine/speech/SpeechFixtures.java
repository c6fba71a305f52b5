package dev.earshot.engine.speech;

import dev.earshot.engine.audio.AudioFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.PcmWriter;
import dev.earshot.engine.pipeline.TimeRange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/** The committed espeak-ng fixtures (see make-fixtures.sh) and generated test audio, as working files. */
public final class SpeechFixtures {

    /** The fixture WAV files, in the order of transcripts.tsv. */
    public static final List<String> FILES = List.of(
            "us-male-160-16k.wav", "gb-female-140-16k.wav", "us-female-190-11k.wav");

    private SpeechFixtures() {
    }

    /** Decodes a committed 16-bit PCM WAV fixture into a working file in {@code dir}. */
    public static PcmFile load(String name, Path dir) {
        return loadWav("/speech/" + name, dir);
    }

    /** Decodes the 16-bit PCM WAV at classpath {@code resource} into a working file in {@code dir}. */
    public static PcmFile loadWav(String resource, Path dir) {
        String name = resource.substring(resource.lastIndexOf('/') + 1);
        ByteBuffer wav = ByteBuffer.wrap(bytes(resource)).order(ByteOrder.LITTLE_ENDIAN);
        wav.position(12);
        AudioFormat format = null;
        while (wav.remaining() >= 8) {
            String id = new String(new byte[] {wav.get(), wav.get(), wav.get(), wav.get()}, StandardCharsets.US_ASCII);
            int size = wav.getInt();
            if (id.equals("fmt ")) {
                int start = wav.position();
                wav.getShort();
                int channels = wav.getShort();
                format = new AudioFormat(wav.getInt(), channels);
                wav.position(start + size);
            } else if (id.equals("data")) {
                return write(dir.resolve(name + ".pcm"), format, wav, size);
            } else {
                wav.position(wav.position() + size + (size & 1));
            }
        }
        throw new IllegalStateException(name + " has no data chunk");
    }

    private static PcmFile write(Path path, AudioFormat format, ByteBuffer wav, int size) {
        float[] samples = new float[size / 2];
        for (int i = 0; i < samples.length; i++) {
            samples[i] = wav.getShort() / 32768f;
        }
        try (PcmWriter writer = PcmFile.create(path, format)) {
            writer.write(samples);
            return writer.finish();
        }
    }

    /** Known speech spans per fixture file, from boundaries.tsv. */
    public static Map<String, List<TimeRange>> boundaries() {
        Map<String, List<TimeRange>> spans = new LinkedHashMap<>();
        for (String[] row : table("boundaries.tsv")) {
            spans.computeIfAbsent(row[0], k -> new ArrayList<>())
                    .add(new TimeRange(Double.parseDouble(row[1]), Double.parseDouble(row[2])));
        }
        return spans;
    }

    /** Reference text per fixture file, from transcripts.tsv. */
    public static Map<String, String> transcripts() {
        Map<String, String> texts = new LinkedHashMap<>();
        for (String[] row : table("transcripts.tsv")) {
            texts.put(row[0], row[1]);
        }
        return texts;
    }

    /** {@code seconds} of digital silence at {@code format}. */
    public static PcmFile silence(Path path, AudioFormat format, double seconds) {
        return generate(path, format, seconds, frame -> 0f);
    }

    /** {@code seconds} of uniform white noise of peak {@code amplitude}, seeded. */
    public static PcmFile noise(Path path, AudioFormat format, double seconds, float amplitude, long seed) {
        Random random = new Random(seed);
        return generate(path, format, seconds, frame -> (random.nextFloat() * 2 - 1) * amplitude);
    }

    /** A sine of {@code hertz} and peak {@code amplitude} on every channel. */
    public static PcmFile sine(Path path, AudioFormat format, double seconds, double hertz, float amplitude) {
        return generate(path, format, seconds,
                frame -> (float) (amplitude * Math.sin(2 * Math.PI * hertz * frame / format.sampleRate())));
    }

    /** The files one after the other, all in the format of the first (which they must share). */
    public static PcmFile concatenate(Path path, List<PcmFile> parts) {
        float[] block = new float[8192 * parts.get(0).format().channels()];
        try (PcmWriter writer = PcmFile.create(path, parts.get(0).format())) {
            for (PcmFile part : parts) {
                try (var reader = part.openReader()) {
                    int n;
                    while ((n = reader.read(block, 8192)) > 0) {
                        writer.write(block, 0, n);
                    }
                }
            }
            return writer.finish();
        }
    }

    interface SampleSource {
        float sample(long frame);
    }

    private static PcmFile generate(Path path, AudioFormat format, double seconds, SampleSource source) {
        long frames = format.frames(seconds);
        int channels = format.channels();
        float[] block = new float[4096 * channels];
        try (PcmWriter writer = PcmFile.create(path, format)) {
            for (long at = 0; at < frames; at += 4096) {
                int n = (int) Math.min(4096, frames - at);
                for (int i = 0; i < n; i++) {
                    float s = source.sample(at + i);
                    for (int c = 0; c < channels; c++) {
                        block[i * channels + c] = s;
                    }
                }
                writer.write(block, 0, n);
            }
            return writer.finish();
        }
    }

    private static List<String[]> table(String name) {
        String text = new String(resource(name), StandardCharsets.UTF_8);
        List<String[]> rows = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !line.startsWith("file\t")) {
                rows.add(line.split("\t"));
            }
        }
        return rows;
    }

    private static byte[] resource(String name) {
        return bytes("/speech/" + name);
    }

    /** The bytes of classpath resource {@code resource}. */
    public static byte[] bytes(String resource) {
        try (InputStream in = SpeechFixtures.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing test resource " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
