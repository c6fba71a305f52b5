package dev.earshot.engine.artifacts.builtin;

import java.util.List;

/** The eight built-in artifact detectors with their default parameters. */
public final class BuiltInDetectors {

    private static final List<ArtifactDetector> ALL = List.of(new ClippingDetector(), new ClickDetector(),
            new DropoutDetector(), new HumDetector(), new DcOffsetDetector(), new NoiseBurstDetector(),
            new LowLevelDetector(), new BandLimitDetector());

    private BuiltInDetectors() {
    }

    /**
     * Every built-in detector, in this order: {@code clipping}, {@code click}, {@code dropout}, {@code hum},
     * {@code dc_offset}, {@code noise_burst}, {@code low_level}, {@code band_limited}.
     */
    public static List<ArtifactDetector> all() {
        return ALL;
    }

    /** The types of {@link #all()}, in the same order. */
    public static List<String> types() {
        return ALL.stream().map(ArtifactDetector::type).toList();
    }
}
