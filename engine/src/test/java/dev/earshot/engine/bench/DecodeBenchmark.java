package dev.earshot.engine.bench;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.OutputFormat;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.testing.BenchFigures;
import dev.earshot.engine.testing.BenchMeter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/**
 * Decoding figures of {@code bench/run.sh} (see {@code bench/README.md}), one step per JVM. Not a test. Steps:
 * <pre>
 * encode SOURCE FORMAT TARGET  SOURCE (any audio) encoded by Earshot's AudioEncoder as FORMAT (m4a, ogg = Opus
 *                              in Ogg, ...) into TARGET: makes the inputs no Debian encoder here writes
 * decode FILE RUNS OUT         AudioDecoder to 16 kHz mono (DecodeOptions.speech) of FILE, once unmeasured and
 *                              RUNS times measured; figures to OUT as key=value lines
 * </pre>
 */
public final class DecodeBenchmark {

    private static final Duration TIMEOUT = Duration.ofHours(1);

    private DecodeBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        switch (args[0]) {
            case "encode" -> encode(Path.of(args[1]), OutputFormat.valueOf(args[2].toUpperCase(Locale.ROOT)),
                    Path.of(args[3]));
            case "decode" -> BenchFigures.write(Path.of(args[3]), decode(Path.of(args[1]), Integer.parseInt(args[2])));
            default -> throw new IllegalArgumentException("unknown step " + args[0]);
        }
    }

    private static void encode(Path source, OutputFormat format, Path target) throws Exception {
        Path pcm = Files.createTempFile(target.toAbsolutePath().getParent(), "encode", ".f32");
        try {
            PcmFile audio = new AudioDecoder().decode(source, source.getFileName().toString(), pcm,
                    DecodeOptions.original(TIMEOUT));
            new AudioEncoder().encode(audio, target, format);
        } finally {
            Files.deleteIfExists(pcm);
        }
    }

    private static Map<String, Object> decode(Path file, int runs) throws Exception {
        Path target = Files.createTempFile(file.toAbsolutePath().getParent(), "decoded", ".f32");
        AudioDecoder decoder = new AudioDecoder();
        PcmFile[] decoded = new PcmFile[1];
        try {
            Map<String, Object> figures = BenchMeter.repeat(runs, () -> { },
                    () -> decoded[0] = decoder.decode(file, file.getFileName().toString(), target,
                            DecodeOptions.speech(TIMEOUT)));
            figures.put("file", file.getFileName().toString());
            figures.put("input_bytes", Files.size(file));
            figures.put("audio_seconds", decoded[0].durationSeconds());
            figures.put("max_heap_mb", Runtime.getRuntime().maxMemory() >> 20);
            return figures;
        } finally {
            Files.deleteIfExists(target);
        }
    }
}
