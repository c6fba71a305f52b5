package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.FrameFeatures;
import dev.earshot.engine.artifacts.FrameGrid;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored form of an audio file's {@link FrameFeatures}: the magic {@code ESFF}, format version 1, the grid
 * (chunk and stride in ms), the duration in ms, the feature names, the frame count, then every row's values as
 * 64-bit floats, big-endian ({@link DataOutputStream}). Written once by processing, read by training.
 */
public final class FeatureFile {

    private static final int MAGIC = 0x45534646;
    private static final int VERSION = 1;

    private FeatureFile() {
    }

    public static void write(FrameFeatures features, OutputStream target) throws IOException {
        DataOutputStream out = new DataOutputStream(new BufferedOutputStream(target));
        out.writeInt(MAGIC);
        out.writeInt(VERSION);
        out.writeInt(features.grid().chunkMs());
        out.writeInt(features.grid().strideMs());
        out.writeLong(features.durationMs());
        out.writeInt(features.names().size());
        for (String name : features.names()) {
            out.writeUTF(name);
        }
        out.writeInt(features.frames());
        for (double[] row : features.rows()) {
            for (double value : row) {
                out.writeDouble(value);
            }
        }
        out.flush();
    }

    /** Reads what {@link #write} wrote; throws {@link IOException} for anything else. */
    public static FrameFeatures read(InputStream source) throws IOException {
        DataInputStream in = new DataInputStream(new BufferedInputStream(source));
        if (in.readInt() != MAGIC || in.readInt() != VERSION) {
            throw new IOException("not a version " + VERSION + " feature file");
        }
        FrameGrid grid = new FrameGrid(in.readInt(), in.readInt());
        long durationMs = in.readLong();
        int columns = in.readInt();
        List<String> names = new ArrayList<>(columns);
        for (int i = 0; i < columns; i++) {
            names.add(in.readUTF());
        }
        double[][] rows = new double[in.readInt()][columns];
        for (double[] row : rows) {
            for (int j = 0; j < columns; j++) {
                row[j] = in.readDouble();
            }
        }
        return new FrameFeatures(grid, durationMs, names, rows);
    }
}
