package dev.earshot.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plain key format {@code esk_<8 chars [a-z0-9]>_<43 chars [A-Za-z0-9]>} (256 random bits), and the
 * stored form: SHA-256 of the whole plain key. A random 256-bit secret needs no slow hash or salt.
 * Keys set by an operator (EARSHOT_BOOTSTRAP_API_KEY) may have any other printable form of 16 to 256
 * characters; their prefix is derived from their hash ({@code x-<8 hex>}).
 */
final class KeyFormat {
    static final int MIN_CUSTOM_LENGTH = 16;
    static final int MAX_LENGTH = 256;
    private static final String LEAD = "esk_";
    private static final Pattern GENERATED = Pattern.compile("esk_([a-z0-9]{8})_[A-Za-z0-9]{43}");
    private static final Pattern PRINTABLE = Pattern.compile("[\\x21-\\x7e]+");
    private static final String PREFIX_ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    private static final String SECRET_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    private static final SecureRandom RANDOM = new SecureRandom();

    private KeyFormat() {
    }

    static String newPrefix() {
        return randomString(PREFIX_ALPHABET, 8);
    }

    static String newKey(String prefix) {
        return LEAD + prefix + "_" + randomString(SECRET_ALPHABET, 43);
    }

    /** The lookup prefix of a presented key, or empty when the key cannot be valid. */
    static Optional<String> prefixOf(String key) {
        if (key == null) {
            return Optional.empty();
        }
        Matcher generated = GENERATED.matcher(key);
        if (generated.matches()) {
            return Optional.of(generated.group(1));
        }
        if (key.startsWith(LEAD) || !isValidCustom(key)) {
            return Optional.empty();
        }
        return Optional.of("x-" + hash(key).substring(0, 8));
    }

    /** Checks an operator supplied key; throws with a readable reason when it cannot be used. */
    static String requireUsable(String key) {
        if (key.startsWith(LEAD) && !GENERATED.matcher(key).matches()) {
            throw new IllegalArgumentException(
                    "an API key starting with 'esk_' must have the form esk_<8 chars a-z0-9>_<43 chars A-Za-z0-9>");
        }
        if (prefixOf(key).isEmpty()) {
            throw new IllegalArgumentException("an API key must be " + MIN_CUSTOM_LENGTH + " to " + MAX_LENGTH
                    + " printable ASCII characters without spaces");
        }
        return key;
    }

    static String hash(String key) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(key.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }

    /** Compares the presented key's hash with the stored one in constant time. */
    static boolean matches(String key, String storedHash) {
        return MessageDigest.isEqual(
                hash(key).getBytes(StandardCharsets.US_ASCII), storedHash.getBytes(StandardCharsets.US_ASCII));
    }

    private static boolean isValidCustom(String key) {
        return key.length() >= MIN_CUSTOM_LENGTH && key.length() <= MAX_LENGTH && PRINTABLE.matcher(key).matches();
    }

    private static String randomString(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
