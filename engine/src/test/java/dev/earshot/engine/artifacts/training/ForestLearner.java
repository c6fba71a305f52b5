package dev.earshot.engine.artifacts.training;

import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.dtree.CARTClassificationTrainer;
import org.tribuo.classification.ensemble.FullyWeightedVotingCombiner;
import org.tribuo.common.tree.RandomForestTrainer;

/**
 * A random forest of 50 CART trees of depth 12, each split choosing among half the features; its probability is the
 * trees' averaged vote, and Relay's epochs, learning rate and batch size play no part. Measured against {@link
 * Learner#LOGISTIC} by {@link TrainingBenchmark}.
 */
final class ForestLearner implements Learner {

    @Override
    public Trainer<Label> trainer(TrainingConfig config) {
        CARTClassificationTrainer tree = new CARTClassificationTrainer(12, 0.5f, config.seed());
        return new RandomForestTrainer<>(tree, new FullyWeightedVotingCombiner(), 50, config.seed());
    }
}
