package dev.earshot.server.pipeline;

/** A file the run put in the blob store, by key and display name. */
record StoredFile(String blobKey, String fileName) {
}
