package dev.earshot.engine.artifacts.training;

import org.tribuo.Trainer;
import org.tribuo.classification.Label;
import org.tribuo.classification.sgd.linear.LinearSGDTrainer;
import org.tribuo.classification.sgd.objectives.LogMulticlass;
import org.tribuo.math.optimisers.Adam;

/** The Tribuo learner behind each type's binary classifier. */
interface Learner {

    /**
     * Logistic regression by stochastic gradient descent with Adam: Relay's epochs, learning rate and batch size
     * mean what they say, and the output is a logistic probability, so Relay's threshold keeps its sense.
     */
    Learner LOGISTIC = config -> new LinearSGDTrainer(new LogMulticlass(),
            new Adam(config.learningRate(), 0.9, 0.999, 1e-8), config.epochs(), -1, config.batchSize(), config.seed());

    Trainer<Label> trainer(TrainingConfig config);
}
