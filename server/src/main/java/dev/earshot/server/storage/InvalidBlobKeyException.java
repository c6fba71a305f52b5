package dev.earshot.server.storage;

public class InvalidBlobKeyException extends IllegalArgumentException {
    InvalidBlobKeyException(String key) {
        super("invalid blob key '" + key + "'");
    }
}
