package dev.earshot.server.storage;

import java.util.regex.Pattern;

/** Validates blob keys so that no key can name a file outside the store's root. */
final class BlobKeys {
    static final int MAX_LENGTH = 512;
    private static final Pattern SEGMENT = Pattern.compile("[A-Za-z0-9._-]+");

    private BlobKeys() {
    }

    static String requireValid(String key) {
        if (key == null || key.isEmpty() || key.length() > MAX_LENGTH) {
            throw new InvalidBlobKeyException(key);
        }
        for (String segment : key.split("/", -1)) {
            if (!SEGMENT.matcher(segment).matches() || segment.equals(".") || segment.equals("..")) {
                throw new InvalidBlobKeyException(key);
            }
        }
        return key;
    }

    static boolean isValid(String key) {
        try {
            requireValid(key);
            return true;
        } catch (InvalidBlobKeyException e) {
            return false;
        }
    }
}
