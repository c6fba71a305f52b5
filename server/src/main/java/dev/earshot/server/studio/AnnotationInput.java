package dev.earshot.server.studio;

import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The values of one annotation as a request gives them, checked against its dataset: the audio file is one of
 * the dataset's, the artifact type one of its types, {@code 0 <= start_ms < end_ms}, {@code end_ms} within the
 * file's duration once processing knows it, {@code confidence} 0 to 1 (default 1), {@code extra_data} an object
 * (default {@code {}}).
 */
record AnnotationInput(String audioFileId, String artifactType, long startMs, long endMs, double confidence,
                       Map<String, Object> extraData) {

    /**
     * Reads an annotation; every violation is recorded in {@code fields} with its place.
     *
     * @param files  the dataset's audio files by id
     * @param before the annotation a PATCH changes (its values stand for the fields not sent), or null
     */
    static Optional<AnnotationInput> read(BodyFields fields, StudioDataset dataset,
                                          Function<String, Optional<StudioAudioFile>> files, Annotation before) {
        boolean required = before == null;
        int errorsBefore = fields.errorCount();
        Optional<StudioAudioFile> file = fields.uuid("audio_file_id", required).flatMap(id -> {
            Optional<StudioAudioFile> found = files.apply(id);
            if (found.isEmpty()) {
                fields.error(FieldError.of(fields.loc("audio_file_id"), "no audio file " + id
                        + " in this dataset", "value_error"));
            }
            return found;
        });
        Optional<String> type = fields.string("artifact_type", required, 1, 100).filter(name -> {
            if (!dataset.defines(name)) {
                fields.error(FieldError.notPermitted(fields.loc("artifact_type"), dataset.typeNames()));
            }
            return dataset.defines(name);
        });
        Optional<Long> start = fields.integer("start_ms", required, 0L, null);
        Optional<Long> end = fields.integer("end_ms", required, 0L, null);
        Optional<Double> confidence = fields.number("confidence", false, 0, 1);
        Optional<Map<String, Object>> extra = fields.object("extra_data");
        if (fields.errorCount() > errorsBefore) {
            return Optional.empty();
        }
        String fileId = file.map(StudioAudioFile::id).orElseGet(() -> before.audioFileId());
        AnnotationInput input = new AnnotationInput(fileId, type.orElseGet(() -> before.artifactType()),
                start.orElseGet(() -> before.startMs()), end.orElseGet(() -> before.endMs()),
                confidence.orElse(before == null ? 1.0 : before.confidence()),
                extra.orElse(before == null ? Map.of() : before.extraData()));
        return input.withinFile(fields, file.or(() -> files.apply(fileId)).orElseThrow(), errorsBefore);
    }

    private Optional<AnnotationInput> withinFile(BodyFields fields, StudioAudioFile file, int errorsBefore) {
        if (endMs <= startMs) {
            fields.error(FieldError.of(fields.loc("end_ms"), "end_ms (" + endMs + ") must be greater than start_ms ("
                    + startMs + ")", "value_error"));
        } else if (file.durationMs() != null && endMs > file.durationMs()) {
            fields.error(FieldError.of(fields.loc("end_ms"), "end_ms (" + endMs + ") is past the end of the audio "
                    + "file (" + file.durationMs() + " ms)", "value_error"));
        }
        return fields.errorCount() == errorsBefore ? Optional.of(this) : Optional.empty();
    }
}
