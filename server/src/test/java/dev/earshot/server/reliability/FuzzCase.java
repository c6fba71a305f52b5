package dev.earshot.server.reliability;

/**
 * One malformed file of the corpus.
 *
 * @param name     what was done to which sample, e.g. {@code flac/truncated-at-1234-of-9876}: enough to make it again
 * @param fileName the name it is uploaded under
 */
record FuzzCase(String name, String fileName, byte[] bytes) {

    @Override
    public String toString() {
        return name + " (" + fileName + ", " + bytes.length + " bytes)";
    }
}
