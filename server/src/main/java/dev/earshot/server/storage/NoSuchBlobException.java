package dev.earshot.server.storage;

public class NoSuchBlobException extends RuntimeException {
    public NoSuchBlobException(String key) {
        super("no blob '" + key + "'");
    }
}
