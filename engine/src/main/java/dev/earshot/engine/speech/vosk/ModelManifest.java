package dev.earshot.engine.speech.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * The list of files of an extracted model with their sizes and CRC32C checksums, written last into the model
 * folder ({@value #FILE_NAME}, one {@code <crc32c hex> <size> <path>} line per file). A folder is complete
 * and intact when every listed file has its listed size and checksum.
 */
final class ModelManifest {

    static final String FILE_NAME = "earshot-manifest.txt";
    private static final String HEADER = "# earshot model manifest v2 (mfcc.conf: --dither=0): crc32c size path";

    /** One model file: path relative to the model folder, size in bytes, CRC32C. */
    record Entry(String path, long size, long crc32c) {
    }

    private ModelManifest() {
    }

    static void write(Path folder, List<Entry> entries) throws IOException {
        StringBuilder text = new StringBuilder(HEADER).append('\n');
        for (Entry entry : entries) {
            text.append(Long.toHexString(entry.crc32c())).append(' ').append(entry.size()).append(' ')
                    .append(entry.path()).append('\n');
        }
        Files.writeString(folder.resolve(FILE_NAME), text, StandardCharsets.UTF_8);
    }

    /** True if {@code folder} has a manifest and every file in it matches. Reads every file once. */
    static boolean verify(Path folder) throws IOException {
        Path manifest = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return false;
        }
        List<String> lines = Files.readAllLines(manifest, StandardCharsets.UTF_8);
        if (lines.size() < 2 || !lines.get(0).equals(HEADER)) {
            return false;
        }
        for (String line : lines.subList(1, lines.size())) {
            if (!matches(folder, line)) {
                return false;
            }
        }
        return true;
    }

    private static boolean matches(Path folder, String line) throws IOException {
        String[] parts = line.split(" ", 3);
        if (parts.length != 3) {
            return false;
        }
        Path file = folder.resolve(parts[2]).normalize();
        try {
            return file.startsWith(folder) && Files.isRegularFile(file)
                    && Files.size(file) == Long.parseLong(parts[1])
                    && crc32c(file) == Long.parseLong(parts[0], 16);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static long crc32c(Path file) throws IOException {
        CRC32C crc = new CRC32C();
        byte[] buffer = new byte[1 << 16];
        try (InputStream in = Files.newInputStream(file)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                crc.update(buffer, 0, n);
            }
        }
        return crc.getValue();
    }
}
