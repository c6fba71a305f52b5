package dev.earshot.engine.artifacts.training;

import dev.earshot.engine.artifacts.FrameGrid;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Trains a {@link TrainedDetector} on labelled files and measures it on files it did not see.
 * <ol>
 *   <li>Every file must be cut on one grid with one set of feature names; each frame is positive for a type by the
 *   rule of {@code FrameLabels}: a label of the type overlaps it by at least half of the shorter of the two.</li>
 *   <li>The files are split by file into training and validation sides, deterministically from the seed (see
 *   {@code FileSplit}); a type without a positive frame on the training side is refused.</li>
 *   <li>Features are standardised with the training frames' mean and standard deviation, and each frame is read
 *   beside its neighbours ({@code FrameContext}: one frame on each side).</li>
 *   <li>Each type gets a binary logistic regression (Tribuo's {@code LinearSGDTrainer}, Adam with the config's
 *   learning rate, epochs and batch size, shuffled with the seed), the rarer class repeated so both weigh the
 *   same.</li>
 *   <li>The validation files are scored at threshold 0.5 after Relay's default detection rules.</li>
 * </ol>
 * Progress moves after each type's classifier (Tribuo runs a classifier's epochs in one call) and reaches 1 with the
 * metrics. Thread-safe; one instance serves any number of trainings.
 */
public final class DetectorTrainer {

    private static final Logger TRIBUO = Logger.getLogger("org.tribuo");
    private static final double TRAINING_SHARE = 0.95;

    static {
        TRIBUO.setLevel(Level.WARNING);
    }

    private final Learner learner;

    public DetectorTrainer() {
        this(Learner.LOGISTIC);
    }

    DetectorTrainer(Learner learner) {
        this.learner = learner;
    }

    /**
     * @throws TrainingDataException      when the files cannot train the config's types
     * @throws TrainingCancelledException when {@code progress} asked to stop or the thread was interrupted
     */
    public TrainingOutcome train(List<LabelledFile> files, TrainingConfig config, TrainingProgress progress) {
        List<String> types = config.types();
        FrameGrid grid = checkAlike(files);
        List<FrameLabels> labels = files.stream()
                .map(file -> FrameLabels.of(types, grid, file.features().durationMs(), file.labels())).toList();
        FileSplit split = FileSplit.of(files, labels, config);
        List<LabelledFile> training = split.training().stream().map(files::get).toList();
        List<FrameLabels> trainingLabels = split.training().stream().map(labels::get).toList();
        List<String> names = files.get(0).features().names();
        Standardisation standardisation = Standardisation.fit(
                training.stream().map(file -> file.features().rows()).toList(), names.size());
        FrameContext context = FrameContext.DEFAULT;
        List<double[]> rows = new ArrayList<>();
        training.forEach(file -> rows.addAll(context.rows(
                Arrays.stream(file.features().rows()).map(standardisation::apply).toList())));
        List<TypeClassifier> classifiers = classifiers(rows, trainingLabels, context.width(names.size()), config,
                progress);
        TrainedDetector detector = new TrainedDetector(grid, names, standardisation, context, types, classifiers);
        List<LabelledFile> validation = split.validation().stream().map(files::get).toList();
        DetectorMetrics metrics = Validation.measure(detector, validation,
                SplitSummary.of(training, trainingLabels, types),
                SplitSummary.of(validation, split.validation().stream().map(labels::get).toList(), types));
        progress.reached(1);
        return new TrainingOutcome(detector, metrics);
    }

    private List<TypeClassifier> classifiers(List<double[]> rows, List<FrameLabels> labels, int columns,
                                             TrainingConfig config, TrainingProgress progress) {
        List<TypeClassifier> classifiers = new ArrayList<>();
        for (int type = 0; type < config.types().size(); type++) {
            checkGoingOn(progress);
            classifiers.add(TypeClassifier.train(rows, targets(labels, type, rows.size()), columns, learner, config));
            progress.reached(TRAINING_SHARE * (type + 1) / config.types().size());
        }
        checkGoingOn(progress);
        return classifiers;
    }

    private static FrameGrid checkAlike(List<LabelledFile> files) {
        if (files.isEmpty()) {
            throw new TrainingDataException("training needs labelled audio files; none were given");
        }
        LabelledFile first = files.get(0);
        Set<String> ids = new HashSet<>();
        for (LabelledFile file : files) {
            if (!ids.add(file.fileId())) {
                throw new TrainingDataException("file " + file.fileId() + " is given twice");
            }
            if (file.features().frames() == 0) {
                throw new TrainingDataException("file " + file.fileId() + " has no audio frames");
            }
            if (!file.features().grid().equals(first.features().grid())) {
                throw new TrainingDataException("file " + file.fileId() + " is cut on " + file.features().grid()
                        + " but file " + first.fileId() + " on " + first.features().grid());
            }
            if (!file.features().names().equals(first.features().names())) {
                throw new TrainingDataException("file " + file.fileId() + " has features " + file.features().names()
                        + " but file " + first.fileId() + " has " + first.features().names());
            }
        }
        return first.features().grid();
    }

    private static boolean[] targets(List<FrameLabels> labels, int type, int frames) {
        boolean[] targets = new boolean[frames];
        int at = 0;
        for (FrameLabels file : labels) {
            System.arraycopy(file.positive()[type], 0, targets, at, file.frames());
            at += file.frames();
        }
        return targets;
    }

    private static void checkGoingOn(TrainingProgress progress) {
        if (progress.stopRequested()) {
            throw new TrainingCancelledException("the training was cancelled");
        }
        if (Thread.currentThread().isInterrupted()) {
            throw new TrainingCancelledException("the training was interrupted");
        }
    }
}
