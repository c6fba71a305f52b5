package dev.earshot.engine.speech.vosk;

import java.nio.file.Path;

/** Run as its own JVM by {@link VoskModelCacheTest}: extracts the model from an aar into a cache folder. */
public final class ModelExtractionProcess {

    private ModelExtractionProcess() {
    }

    /** Arguments: the aar, the cache folder. Prints the model folder. */
    public static void main(String[] args) {
        System.out.println(VoskModelCache.ensure(VoskModelSource.archive(Path.of(args[0])), Path.of(args[1])));
    }
}
