package dev.earshot.engine.speech.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.util.Enumeration;
import java.util.concurrent.Callable;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Model files under {@link VoskModelSource#ARCHIVE_ROOT} of a zip (the aar, or a jar found on the classpath). */
final class ZipModelSource implements VoskModelSource {

    private final String description;
    private final Callable<? extends ZipFile> opener;

    ZipModelSource(String description, Callable<? extends ZipFile> opener) {
        this.description = description;
        this.opener = opener;
    }

    @Override
    public String description() {
        return description;
    }

    @Override
    public void visit(FileVisitor visitor) throws IOException {
        try (ZipFile zip = open()) {
            Enumeration<? extends ZipEntry> entries = zip.entries();
            while (entries.hasMoreElements()) {
                ZipEntry entry = entries.nextElement();
                String name = entry.getName();
                if (entry.isDirectory() || !name.startsWith(ARCHIVE_ROOT) || name.length() == ARCHIVE_ROOT.length()) {
                    continue;
                }
                try (InputStream in = zip.getInputStream(entry)) {
                    visitor.file(name.substring(ARCHIVE_ROOT.length()), in);
                }
            }
        }
    }

    private ZipFile open() throws IOException {
        try {
            return opener.call();
        } catch (IOException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("cannot open " + description, e);
        }
    }
}
