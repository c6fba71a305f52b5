package dev.earshot.engine.speech.vosk;

import dev.earshot.engine.speech.SpeechModelException;
import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Path;
import java.util.jar.JarFile;

/**
 * Where the files of the Vosk English model come from before they are extracted to the model cache: the
 * {@code com.alphacephei:vosk-model-en:0.3.45} aar (which holds them under {@code assets/model-en-us/}) as a
 * file, the same aar on the classpath (plain, or nested in a Spring Boot fat jar), or an unpacked folder.
 */
public interface VoskModelSource {

    /** System property naming the model aar (or any zip with {@code assets/model-en-us/}); tests set it. */
    String ARCHIVE_PROPERTY = "earshot.vosk.model-archive";

    /** Folder of the model inside the aar. */
    String ARCHIVE_ROOT = "assets/model-en-us/";

    /** Name and version of the model, used for its folder in the cache. */
    String MODEL_NAME = "vosk-model-en-us-0.3.45";

    /** Receives one model file. */
    @FunctionalInterface
    interface FileVisitor {
        /**
         * @param relativePath path below the model root, with {@code /} separators
         * @param content      the file's bytes; read it before returning, do not close it
         */
        void file(String relativePath, InputStream content) throws IOException;
    }

    /** Where the files come from, for messages. */
    String description();

    /** Calls {@code visitor} once per model file (not for folders). */
    void visit(FileVisitor visitor) throws IOException;

    /** The model files inside a zip file such as the aar. */
    static VoskModelSource archive(Path archive) {
        return new ZipModelSource(archive.toString(), () -> new java.util.zip.ZipFile(archive.toFile()));
    }

    /** An unpacked model folder (the one holding {@code am/}, {@code conf/}, {@code graph/}...). */
    static VoskModelSource directory(Path directory) {
        return new DirectoryModelSource(directory);
    }

    /**
     * The model as found in order: the archive named by {@value #ARCHIVE_PROPERTY}, then
     * {@code assets/model-en-us/README} on the classpath of {@code loader} (a folder, a jar or aar, or a jar
     * nested in a fat jar).
     *
     * @throws SpeechModelException when neither is there
     */
    static VoskModelSource locate(ClassLoader loader) {
        String archive = System.getProperty(ARCHIVE_PROPERTY);
        if (archive != null && !archive.isBlank()) {
            return archive(Path.of(archive));
        }
        URL readme = loader.getResource(ARCHIVE_ROOT + "README");
        if (readme == null) {
            throw new SpeechModelException("the Vosk English model is not on the classpath: add "
                    + "com.alphacephei:vosk-model-en:0.3.45 (type aar) or set -D" + ARCHIVE_PROPERTY + "=<path to the aar>");
        }
        return fromResource(readme);
    }

    private static VoskModelSource fromResource(URL readme) {
        if ("file".equals(readme.getProtocol())) {
            try {
                return directory(Path.of(readme.toURI()).getParent());
            } catch (URISyntaxException e) {
                throw new SpeechModelException("cannot open the Vosk model at " + readme, e);
            }
        }
        if (!"jar".equals(readme.getProtocol())) {
            throw new SpeechModelException("cannot read the Vosk model from a " + readme.getProtocol() + " URL: " + readme);
        }
        return new ZipModelSource(readme.toString(), () -> openJar(readme));
    }

    /** A new (uncached) jar for {@code url}, which the caller closes; works for nested fat-jar URLs too. */
    private static JarFile openJar(URL url) throws IOException {
        URLConnection connection = url.openConnection();
        if (!(connection instanceof JarURLConnection jar)) {
            throw new IOException("not a jar URL: " + url);
        }
        jar.setUseCaches(false);
        return jar.getJarFile();
    }
}
