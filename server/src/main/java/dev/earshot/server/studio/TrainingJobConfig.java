package dev.earshot.server.studio;

import dev.earshot.engine.artifacts.FrameGrid;
import dev.earshot.engine.artifacts.training.TrainingConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Relay's training config, every default filled in.
 *
 * @param artifactTypes   the dataset's types to train, at least one, unique
 * @param epochs          1 to 100 (default 20)
 * @param validationSplit share of the files held out for validation, 0.1 to 0.5 (default 0.2), split by file
 * @param learningRate    0.0001 to 0.1 (default 0.001)
 * @param batchSize       frames per step, 8 to 256 (default 32)
 * @param chunkSizeMs     frame length in milliseconds, 10 to 10 000 (default 500)
 * @param strideMs        distance between frame starts in milliseconds, 1 to {@code chunkSizeMs} (default 250)
 */
record TrainingJobConfig(List<String> artifactTypes, int epochs, double validationSplit, double learningRate,
                         int batchSize, int chunkSizeMs, int strideMs) {

    TrainingJobConfig {
        artifactTypes = List.copyOf(artifactTypes);
    }

    /** Reads {@code config} of a create request; violations are recorded in {@code body}, empty when any. */
    static Optional<TrainingJobConfig> read(BodyFields body) {
        int before = body.errorCount();
        Optional<BodyFields> config = body.fields("config", true);
        if (config.isEmpty()) {
            return Optional.empty();
        }
        BodyFields fields = config.get();
        List<String> types = types(fields);
        long epochs = fields.integer("epochs", false, 1L, 100L).orElse((long) TrainingConfig.DEFAULT_EPOCHS);
        double split = fields.number("validation_split", false, 0.1, 0.5)
                .orElse(TrainingConfig.DEFAULT_VALIDATION_SPLIT);
        double rate = fields.number("learning_rate", false, 0.0001, 0.1).orElse(TrainingConfig.DEFAULT_LEARNING_RATE);
        long batch = fields.integer("batch_size", false, 8L, 256L).orElse((long) TrainingConfig.DEFAULT_BATCH_SIZE);
        Optional<Long> chunkGiven = fields.integer("chunk_size_ms", false, 10L, 10_000L);
        boolean chunkValid = chunkGiven.isPresent() || !fields.has("chunk_size_ms");
        long chunk = chunkGiven.orElse((long) FrameGrid.DEFAULT.chunkMs());
        Optional<Long> stride = fields.integer("stride_ms", false, 1L, 10_000L);
        if (stride.isPresent() && chunkValid && stride.get() > chunk) {
            fields.error(new FieldError(fields.loc("stride_ms"), "stride_ms must not exceed chunk_size_ms ("
                    + chunk + ")", "value_error", Map.of("limit_value", chunk)));
        }
        if (body.errorCount() > before) {
            return Optional.empty();
        }
        long strideMs = stride.orElse(Math.min(chunk, FrameGrid.DEFAULT.strideMs()));
        return Optional.of(new TrainingJobConfig(types, (int) epochs, split, rate, (int) batch, (int) chunk,
                (int) strideMs));
    }

    private static List<String> types(BodyFields config) {
        Optional<List<String>> types = config.strings("artifact_types", true);
        if (types.isPresent() && types.get().isEmpty()) {
            config.error(new FieldError(config.loc("artifact_types"), "ensure this value has at least 1 items",
                    "value_error.list.min_items", Map.of("limit_value", 1)));
        }
        List<String> given = types.orElse(List.of());
        if (given.stream().distinct().count() != given.size()) {
            config.error(FieldError.of(config.loc("artifact_types"), "artifact_types names a type twice: " + given,
                    "value_error"));
        }
        return given;
    }

    /** The engine's config of this training, with the default seed (the same data trains the same detector). */
    TrainingConfig engineConfig() {
        return new TrainingConfig(artifactTypes, epochs, validationSplit, learningRate, batchSize,
                TrainingConfig.DEFAULT_SEED);
    }

    FrameGrid grid() {
        return new FrameGrid(chunkSizeMs, strideMs);
    }

    /** As Relay shows it, and as it is stored. */
    Map<String, Object> view() {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("artifact_types", artifactTypes);
        view.put("epochs", epochs);
        view.put("validation_split", validationSplit);
        view.put("learning_rate", learningRate);
        view.put("batch_size", batchSize);
        view.put("chunk_size_ms", chunkSizeMs);
        view.put("stride_ms", strideMs);
        return view;
    }

    /** Reads what {@link #view()} stored. */
    @SuppressWarnings("unchecked")
    static TrainingJobConfig of(Map<String, Object> stored) {
        return new TrainingJobConfig((List<String>) stored.get("artifact_types"),
                ((Number) stored.get("epochs")).intValue(), ((Number) stored.get("validation_split")).doubleValue(),
                ((Number) stored.get("learning_rate")).doubleValue(), ((Number) stored.get("batch_size")).intValue(),
                ((Number) stored.get("chunk_size_ms")).intValue(), ((Number) stored.get("stride_ms")).intValue());
    }
}
