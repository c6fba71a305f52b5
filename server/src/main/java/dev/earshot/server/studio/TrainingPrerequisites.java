package dev.earshot.server.studio;

import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * Relay's prerequisites of a training job, checked when it is created, each failing as a 400 with one sentence: the
 * annotation set is published, every type trained is one of the dataset's, every audio file of the dataset is
 * {@code ready}, the ready files hold at least 5 minutes of audio, and the set has at least one annotation of every
 * type trained.
 */
@Component
class TrainingPrerequisites {

    static final long MINIMUM_AUDIO_MS = 5 * 60 * 1000;
    private final StudioAudio studio;

    TrainingPrerequisites(StudioAudio studio) {
        this.studio = studio;
    }

    void check(StudioDataset dataset, AnnotationSet set, TrainingJobConfig config) {
        if (!set.published()) {
            throw StudioException.badRequest("Annotation set v" + set.version() + " is a draft; only a published "
                    + "set can train a model, so publish it first.");
        }
        for (String type : config.artifactTypes()) {
            if (!dataset.defines(type)) {
                throw StudioException.badRequest("The artifact type '" + type + "' is not one of the dataset's "
                        + "types (" + String.join(", ", dataset.typeNames()) + ").");
            }
        }
        checkAudio(studio.allAudio(dataset.id()));
        Map<String, Long> byType = studio.stats(set).byType();
        for (String type : config.artifactTypes()) {
            if (byType.getOrDefault(type, 0L) == 0) {
                throw StudioException.badRequest("Annotation set v" + set.version() + " has no annotation of type '"
                        + type + "'; training needs at least one annotation of every type it trains.");
            }
        }
    }

    private static void checkAudio(List<StudioAudioFile> files) {
        if (files.isEmpty()) {
            throw StudioException.badRequest("The dataset has no audio files; training needs at least 5 minutes "
                    + "of ready audio.");
        }
        long ready = files.stream().filter(file -> file.status() == ProcessingStatus.READY).count();
        for (StudioAudioFile file : files) {
            if (file.status() == ProcessingStatus.FAILED) {
                throw StudioException.badRequest("Audio file '" + file.originalFilename() + "' failed processing ("
                        + file.failure() + "); delete it or upload it again, since training needs every file of the "
                        + "dataset ready.");
            }
            if (file.status() != ProcessingStatus.READY) {
                throw StudioException.badRequest("Audio file '" + file.originalFilename() + "' is "
                        + file.status().wire() + ", not ready (" + ready + " of " + files.size() + " files are); "
                        + "training needs every file of the dataset ready.");
            }
        }
        long totalMs = files.stream().mapToLong(file -> file.durationMs() == null ? 0 : file.durationMs()).sum();
        if (totalMs < MINIMUM_AUDIO_MS) {
            throw StudioException.badRequest("The dataset holds " + minutesAndSeconds(totalMs) + " of audio; "
                    + "training needs at least 5 minutes.");
        }
    }

    /** {@code 2 min 10 s}, rounded down to the second. */
    static String minutesAndSeconds(long ms) {
        long seconds = ms / 1000;
        return seconds / 60 + " min " + seconds % 60 + " s";
    }
}
