package dev.earshot.engine.speech.vosk;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Model files of an unpacked model folder. */
final class DirectoryModelSource implements VoskModelSource {

    private final Path root;

    DirectoryModelSource(Path root) {
        this.root = root;
    }

    @Override
    public String description() {
        return root.toString();
    }

    @Override
    public void visit(FileVisitor visitor) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            files = walk.filter(Files::isRegularFile).sorted().toList();
        }
        for (Path file : files) {
            String relative = root.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/");
            try (InputStream in = Files.newInputStream(file)) {
                visitor.file(relative, in);
            }
        }
    }
}
