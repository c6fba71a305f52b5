package dev.earshot.engine.artifacts.training;

import com.google.protobuf.InvalidProtocolBufferException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.tribuo.Example;
import org.tribuo.Model;
import org.tribuo.MutableDataset;
import org.tribuo.Prediction;
import org.tribuo.classification.Label;
import org.tribuo.classification.LabelFactory;
import org.tribuo.impl.ArrayExample;
import org.tribuo.protos.core.ModelProto;
import org.tribuo.provenance.SimpleDataSourceProvenance;

/**
 * One type's binary classifier over standardised frame features: a Tribuo model with the labels {@value #PRESENT}
 * and {@value #ABSENT}, trained with the minority class repeated until both classes weigh about the same (Tribuo's
 * SGD trainers average example weights over a minibatch, so weights would not balance the classes).
 */
final class TypeClassifier {

    static final String PRESENT = "present";
    static final String ABSENT = "absent";
    private static final Label PRESENT_LABEL = new Label(PRESENT);
    private static final Label ABSENT_LABEL = new Label(ABSENT);

    private final Model<Label> model;
    private final String[] columns;

    private TypeClassifier(Model<Label> model, int columns) {
        this.model = model;
        this.columns = columnNames(columns);
    }

    /**
     * @param rows     standardised feature rows of the training frames
     * @param positive whether each row carries the type; both classes must occur
     */
    static TypeClassifier train(List<double[]> rows, boolean[] positive, int columns, Learner learner,
                                TrainingConfig config) {
        int positives = 0;
        for (boolean carries : positive) {
            positives += carries ? 1 : 0;
        }
        int negatives = positive.length - positives;
        boolean minority = positives <= negatives;
        int repeats = (int) Math.max(1, Math.round((double) Math.max(positives, negatives)
                / Math.max(1, Math.min(positives, negatives))));
        String[] names = columnNames(columns);
        LabelFactory labels = new LabelFactory();
        MutableDataset<Label> dataset = new MutableDataset<>(new SimpleDataSourceProvenance("earshot frames", labels),
                labels);
        for (int i = 0; i < positive.length; i++) {
            ArrayExample<Label> example = new ArrayExample<>(positive[i] ? PRESENT_LABEL : ABSENT_LABEL, names,
                    rows.get(i));
            int copies = positive[i] == minority ? repeats : 1;
            for (int copy = 0; copy < copies; copy++) {
                dataset.add(example);
            }
        }
        return new TypeClassifier(learner.trainer(config).train(dataset), columns);
    }

    /** The probability that each standardised row carries the type, 0 to 1. */
    double[] probabilities(List<double[]> rows) {
        List<Example<Label>> examples = new ArrayList<>(rows.size());
        for (double[] row : rows) {
            examples.add(new ArrayExample<>(LabelFactory.UNKNOWN_LABEL, columns, row));
        }
        List<Prediction<Label>> predictions = model.predict(examples);
        double[] probabilities = new double[rows.size()];
        for (int i = 0; i < probabilities.length; i++) {
            Label present = predictions.get(i).getOutputScores().get(PRESENT);
            probabilities[i] = present == null ? 0 : Math.max(0, Math.min(1, present.getScore()));
        }
        return probabilities;
    }

    /** Tribuo's own versioned protobuf form of the model. */
    byte[] toBytes() {
        return model.serialize().toByteArray();
    }

    static TypeClassifier fromBytes(byte[] bytes, int columns) {
        try {
            Model<?> model = Model.deserialize(ModelProto.parseFrom(bytes));
            return new TypeClassifier(model.castModel(Label.class), columns);
        } catch (InvalidProtocolBufferException | IllegalStateException | ClassCastException e) {
            throw new IllegalArgumentException("a classifier of the detector cannot be read: " + e.getMessage(), e);
        }
    }

    private static String[] columnNames(int columns) {
        String[] names = new String[columns];
        for (int j = 0; j < columns; j++) {
            names[j] = String.format(Locale.ROOT, "c%04d", j);
        }
        return names;
    }
}
