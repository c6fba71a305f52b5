package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.FrameGrid;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes of a {@link TrainedDetector}, gzipped: a magic number and format version, the frame grid and context,
 * the feature names with their standardisation statistics, then each type's name and its classifier in Tribuo's
 * protobuf form.
 */
final class DetectorFormat {

    static final int MAGIC = 0x45534454;
    static final int VERSION = 1;

    private DetectorFormat() {
    }

    static byte[] write(FrameGrid grid, List<String> featureNames, Standardisation standardisation,
                        FrameContext context, List<String> types, List<TypeClassifier> classifiers) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (DataOutputStream out = new DataOutputStream(new GZIPOutputStream(bytes))) {
            out.writeInt(MAGIC);
            out.writeInt(VERSION);
            out.writeInt(grid.chunkMs());
            out.writeInt(grid.strideMs());
            out.writeInt(context.frames());
            out.writeInt(featureNames.size());
            for (int j = 0; j < featureNames.size(); j++) {
                out.writeUTF(featureNames.get(j));
                out.writeDouble(standardisation.means()[j]);
                out.writeDouble(standardisation.scales()[j]);
            }
            out.writeInt(types.size());
            for (int t = 0; t < types.size(); t++) {
                out.writeUTF(types.get(t));
                byte[] model = classifiers.get(t).toBytes();
                out.writeInt(model.length);
                out.write(model);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    static TrainedDetector read(byte[] bytes) {
        try (DataInputStream in = new DataInputStream(new GZIPInputStream(new ByteArrayInputStream(bytes)))) {
            if (in.readInt() != MAGIC) {
                throw new IllegalArgumentException("these bytes are not a trained detector");
            }
            int version = in.readInt();
            if (version != VERSION) {
                throw new IllegalArgumentException("the detector is of format version " + version
                        + "; this Earshot reads version " + VERSION);
            }
            FrameGrid grid = new FrameGrid(in.readInt(), in.readInt());
            FrameContext context = new FrameContext(size(in.readInt(), 100));
            int columns = size(in.readInt(), 100_000);
            List<String> names = new ArrayList<>(columns);
            double[] means = new double[columns];
            double[] scales = new double[columns];
            for (int j = 0; j < columns; j++) {
                names.add(in.readUTF());
                means[j] = in.readDouble();
                scales[j] = in.readDouble();
            }
            int count = size(in.readInt(), 10_000);
            List<String> types = new ArrayList<>(count);
            List<TypeClassifier> classifiers = new ArrayList<>(count);
            for (int t = 0; t < count; t++) {
                types.add(in.readUTF());
                classifiers.add(TypeClassifier.fromBytes(in.readNBytes(size(in.readInt(), 1 << 28)),
                        context.width(columns)));
            }
            return new TrainedDetector(grid, names, new Standardisation(means, scales), context, types,
                    classifiers);
        } catch (IOException e) {
            throw new IllegalArgumentException("these bytes are not a trained detector: " + e.getMessage(), e);
        }
    }

    private static int size(int value, int max) {
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("these bytes are not a trained detector (a size of " + value + ")");
        }
        return value;
    }
}
