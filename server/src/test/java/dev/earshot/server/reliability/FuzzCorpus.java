package dev.earshot.server.reliability;

import dev.earshot.server.reliability.ValidAudio.Sample;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

/**
 * The malformed audio every door that accepts audio is fed: made from {@link ValidAudio} by a seeded generator,
 * so a run can be repeated exactly. Per sample: truncations, bit flips, a zeroed and a garbled header, the valid
 * file under a wrong extension; then inconsistent WAV headers, absurd fields in the other formats' headers, and
 * files that are no audio at all. {@code -Dearshot.reliability.heavy=true} adds many more truncation points and
 * flips; {@code -Dearshot.reliability.seed=N} picks other ones.
 */
final class FuzzCorpus {

    static final long SEED = Long.getLong("earshot.reliability.seed", 6L);
    static final boolean HEAVY = Boolean.getBoolean("earshot.reliability.heavy");
    private static final int HEADER = 64;
    private static final Map<String, String> WRONG_EXTENSION = Map.of("wav", "mp3", "mp3", "wav", "flac", "m4a",
            "ogg-vorbis", "flac", "ogg-opus", "mp3", "m4a", "ogg");

    private FuzzCorpus() {
    }

    /** The corpus for the run's seed and size, made in {@code dir}. */
    static List<FuzzCase> generate(Path dir) {
        return generate(ValidAudio.all(dir), SEED, HEAVY);
    }

    static List<FuzzCase> generate(List<Sample> samples, long seed, boolean heavy) {
        List<FuzzCase> cases = new ArrayList<>();
        for (Sample sample : samples) {
            Random random = new Random(seed * 31 + sample.name().hashCode());
            cases.addAll(truncations(sample, random, heavy ? 21 : 0));
            cases.addAll(bitFlips(sample, random, heavy ? 16 : 2));
            cases.add(mutated(sample, "zeroed-header", header(sample.bytes(), random, true)));
            cases.add(mutated(sample, "garbled-header", header(sample.bytes(), random, false)));
            cases.add(new FuzzCase(sample.name() + "/as-" + WRONG_EXTENSION.get(sample.name()),
                    "audio." + WRONG_EXTENSION.get(sample.name()), sample.bytes()));
        }
        cases.addAll(WavHeaders.inconsistent(ValidAudio.WAV));
        cases.addAll(HeaderFields.absurd(samples));
        cases.addAll(notAudio(new Random(seed)));
        return cases;
    }

    /** Cuts inside the header, in the middle, one byte short, and {@code extra} seeded points more. */
    private static List<FuzzCase> truncations(Sample sample, Random random, int extra) {
        int length = sample.bytes().length;
        TreeSet<Integer> points = new TreeSet<>(List.of(12, length / 2, length - 1));
        while (points.size() < 3 + extra) {
            points.add(1 + random.nextInt(length - 1));
        }
        return points.stream().map(at -> mutated(sample, "truncated-at-" + at + "-of-" + length,
                Arrays.copyOf(sample.bytes(), at))).toList();
    }

    /** Case i flips 2^(i mod 6) random bits (1 to 32) anywhere in the file. */
    private static List<FuzzCase> bitFlips(Sample sample, Random random, int count) {
        List<FuzzCase> cases = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            byte[] bytes = sample.bytes().clone();
            List<Integer> bits = new ArrayList<>();
            for (int flip = 0; flip < 1 << (i % 6); flip++) {
                int bit = random.nextInt(bytes.length * 8);
                bytes[bit / 8] ^= (byte) (1 << (bit % 8));
                bits.add(bit);
            }
            cases.add(mutated(sample, "flipped-bits-" + bits, bytes));
        }
        return cases;
    }

    private static byte[] header(byte[] original, Random random, boolean zeroed) {
        byte[] bytes = original.clone();
        byte[] header = new byte[HEADER];
        if (!zeroed) {
            random.nextBytes(header);
        }
        System.arraycopy(header, 0, bytes, 0, HEADER);
        return bytes;
    }

    private static List<FuzzCase> notAudio(Random random) {
        byte[] noise = new byte[20_000];
        random.nextBytes(noise);
        byte[] text = "Minutes of the meeting: nothing to hear here.\n".repeat(300).getBytes(StandardCharsets.UTF_8);
        return List.of(new FuzzCase("empty/as-wav", "empty.wav", new byte[0]),
                new FuzzCase("empty/as-mp3", "empty.mp3", new byte[0]),
                new FuzzCase("text/as-mp3", "notes.mp3", text),
                new FuzzCase("text/as-txt", "notes.txt", text),
                new FuzzCase("random-bytes/as-wav", "noise.wav", noise),
                new FuzzCase("random-bytes/as-m4a", "noise.m4a", noise));
    }

    static FuzzCase mutated(Sample sample, String what, byte[] bytes) {
        return new FuzzCase(sample.name() + "/" + what, "audio." + sample.extension(), bytes);
    }
}
