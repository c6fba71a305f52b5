package dev.earshot.server.pipeline;

import java.nio.file.Path;

/**
 * One uploaded file, moved into the request's work folder.
 *
 * @param fileName a safe display name derived from the client's file name
 * @param path     where the bytes are now
 * @param size     size in bytes
 */
record Upload(String fileName, Path path, long size) {
}
