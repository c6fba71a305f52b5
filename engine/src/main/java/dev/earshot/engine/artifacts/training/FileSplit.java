package dev.earshot.engine.artifacts.training;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Files held out for validation and files trained on, by index into the labelled files: never a file on both sides.
 * The validation side has {@code round(files * validation_split)} files, at least 1 and at most all but one. The
 * files are ordered by id and shuffled with the config's seed, so the split does not depend on the order they came
 * in; of the first {@value #ATTEMPTS} shuffles the first where every type has a positive frame on both sides is
 * taken, else the first where every type has one on the training side, else the data is refused.
 *
 * @param training   indices of the files to train on
 * @param validation indices of the files to validate on
 */
record FileSplit(List<Integer> training, List<Integer> validation) {

    static final int ATTEMPTS = 32;

    static FileSplit of(List<LabelledFile> files, List<FrameLabels> labels, TrainingConfig config) {
        if (files.size() < 2) {
            throw new TrainingDataException("training needs at least 2 audio files, to hold some out for "
                    + "validation by file; it has " + files.size());
        }
        int validation = (int) Math.max(1, Math.min(files.size() - 1,
                Math.round(files.size() * config.validationSplit())));
        List<Integer> ordered = IntStream.range(0, files.size()).boxed()
                .sorted(Comparator.comparing(index -> files.get(index).fileId())).toList();
        FileSplit trainable = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            List<Integer> shuffled = new ArrayList<>(ordered);
            Collections.shuffle(shuffled, new Random(config.seed() * ATTEMPTS + attempt));
            FileSplit split = new FileSplit(List.copyOf(shuffled.subList(validation, shuffled.size())),
                    List.copyOf(shuffled.subList(0, validation)));
            if (split.covers(split.training, labels) && split.covers(split.validation, labels)) {
                return split;
            }
            if (trainable == null && split.covers(split.training, labels)) {
                trainable = split;
            }
        }
        if (trainable == null) {
            throw new TrainingDataException(uncovered(files, labels, validation));
        }
        return trainable;
    }

    private boolean covers(List<Integer> side, List<FrameLabels> labels) {
        int types = labels.get(0).types().size();
        return IntStream.range(0, types)
                .allMatch(type -> side.stream().anyMatch(file -> labels.get(file).positives(type) > 0));
    }

    private static String uncovered(List<LabelledFile> files, List<FrameLabels> labels, int validation) {
        List<String> types = labels.get(0).types();
        List<String> scarce = new ArrayList<>();
        for (int type = 0; type < types.size(); type++) {
            int carrier = type;
            List<String> carriers = IntStream.range(0, files.size())
                    .filter(file -> labels.get(file).positives(carrier) > 0)
                    .mapToObj(file -> files.get(file).fileId()).toList();
            if (carriers.isEmpty()) {
                scarce.add(types.get(type) + " (no file has a labelled frame of it)");
            } else if (carriers.size() <= validation) {
                scarce.add(types.get(type) + " (only in " + String.join(", ", carriers) + ")");
            }
        }
        return "no split of the " + files.size() + " files into training and validation (" + validation
                + " held out) leaves a labelled frame of every type for training; label these types in more files: "
                + scarce.stream().collect(Collectors.joining("; "));
    }
}
