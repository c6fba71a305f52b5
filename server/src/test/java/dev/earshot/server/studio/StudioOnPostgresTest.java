package dev.earshot.server.studio;

import dev.earshot.server.testing.OnPostgres;
import org.junit.jupiter.api.Nested;

/**
 * The studio door's SQL on PostgreSQL: the dataset, audio, annotation-set, training-job and inference-job door tests
 * again, on a fresh database of the shared embedded PostgreSQL ({@link OnPostgres} runs after the door tests' H2
 * initializer and replaces its database settings).
 */
class StudioOnPostgresTest {

    @Nested
    @OnPostgres
    class Datasets extends DatasetsDoorTest {
    }

    @Nested
    @OnPostgres
    class Audio extends AudioDoorTest {
    }

    @Nested
    @OnPostgres
    class AnnotationSets extends AnnotationSetsDoorTest {
    }

    @Nested
    @OnPostgres
    class TrainingJobs extends TrainingJobsDoorTest {
    }

    @Nested
    @OnPostgres
    class InferenceJobs extends InferenceJobsDoorTest {
    }
}
