package dev.earshot.engine.intel;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Reads a word list vendored under {@code dev/earshot/engine/intel/} in the engine jar, after checking its
 * SHA-256 against the {@code NAME.sha256} file beside it (the first hex field of that file). The lists, their
 * sources and licences are described in the {@code README.md} there.
 */
public final class VendoredList {

    private static final String FOLDER = "/dev/earshot/engine/intel/";

    private VendoredList() {
    }

    /**
     * The lines of list {@code name} (UTF-8), without line ends.
     *
     * @throws VendoredListException when the list or its hash file is missing or the hash does not match
     */
    public static List<String> lines(String name) {
        byte[] content = bytes(name);
        String expected = new String(bytes(name + ".sha256"), StandardCharsets.US_ASCII).trim().split("\\s+")[0];
        String actual = sha256(content);
        if (!actual.equalsIgnoreCase(expected)) {
            throw new VendoredListException("word list " + name + " is altered: SHA-256 " + actual
                    + ", expected " + expected);
        }
        return new String(content, StandardCharsets.UTF_8).lines().toList();
    }

    private static byte[] bytes(String name) {
        try (InputStream in = VendoredList.class.getResourceAsStream(FOLDER + name)) {
            if (in == null) {
                throw new VendoredListException("word list " + FOLDER + name + " is missing from the engine jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new VendoredListException("cannot read word list " + FOLDER + name, e);
        }
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
