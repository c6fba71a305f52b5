package dev.earshot.engine.artifacts.training;

import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.common.tree.RandomForestTrainer;
import org.tribuo.math.optimisers.Adam;

/** The Tribuo learner behind each type's binary classifier. */
enum Learner {

    /**
     * Logistic regression by stochastic gradient descent with Adam: Relay's epochs, learning rate and batch size
     * mean what they say, and the output is a logistic probability, so Relay's threshold keeps its sense.
     */
    LOGISTIC {
        @Override
        Trainer<Label> trainer(TrainingConfig config) {
            return new LinearSGDTrainer(new LogMulticlass(), new Adam(config.learningRate(), 0.9, 0.999, 1e-8),
                    config.epochs(), -1, config.batchSize(), config.seed());
        }
    },

    /**
     * A random forest of 50 CART trees of depth 12 (Relay's epochs, learning rate and batch size play no part);
     * its probability is the trees' averaged vote. Kept to measure against {@link #LOGISTIC}.
     */
    FOREST {
        @Override
        Trainer<Label> trainer(TrainingConfig config) {
            CARTClassificationTrainer tree = new CARTClassificationTrainer(12, 0.5f, config.seed());
            return new RandomForestTrainer<>(tree, new FullyWeightedVotingCombiner(), 50, config.seed());
        }
    };

    abstract Trainer<Label> trainer(TrainingConfig config);
}
