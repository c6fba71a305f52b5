package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.FrameFeatures;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Run in a JVM of its own by {@link TrainedDetectorTest}: reads a detector's bytes from the file named by its
 * argument and prints, per type, the exact probabilities it gives {@link #unseen()}. Not a test.
 */
public final class DetectorBytesCheck {

    private DetectorBytesCheck() {
    }

    public static void main(String[] args) throws Exception {
        TrainedDetector detector = TrainedDetector.fromBytes(Files.readAllBytes(Path.of(args[0])));
        System.out.print(exactly(detector.probabilities(unseen())));
    }

    static FrameFeatures unseen() {
        return new SyntheticFiles(60_000, 40, 3).learnable(1, 12).get(0).features();
    }

    /** One line per type: its name and every probability in hexadecimal, so equal text means equal doubles. */
    static String exactly(Map<String, double[]> probabilities) {
        return probabilities.entrySet().stream()
                .map(type -> type.getKey() + " " + Arrays.stream(type.getValue()).mapToObj(Double::toHexString)
                        .collect(Collectors.joining(",")))
                .collect(Collectors.joining("\n", "", "\n"));
    }
}
