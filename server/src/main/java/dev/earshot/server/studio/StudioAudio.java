package dev.earshot.server.studio;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/**
 * What training and inference read of the studio door's data: a project's dataset, one of its annotation sets
 * and that set's annotations, and the dataset's audio files with the blob keys of their working copies (32-bit
 * float PCM, see {@code PcmFile}, at {@link StudioAudioFile#sampleRate()} and {@link StudioAudioFile#channels()})
 * and frame features ({@link FeatureFile}). Nothing here changes anything.
 */
@Component
public class StudioAudio {

    private final StudioDatasets datasets;
    private final StudioAudioRecords audio;
    private final AnnotationSets sets;

    StudioAudio(StudioDatasets datasets, StudioAudioRecords audio, AnnotationSets sets) {
        this.datasets = datasets;
        this.audio = audio;
        this.sets = sets;
    }

    /** The dataset, if it belongs to the project. */
    public Optional<StudioDataset> dataset(String projectId, String datasetId) {
        return datasets.find(projectId, datasetId);
    }

    /** The annotation set, if it belongs to the dataset. */
    public Optional<AnnotationSet> annotationSet(String datasetId, String setId) {
        return sets.find(datasetId, setId);
    }

    /** The set's statistics (stored for a published set). */
    public AnnotationSet.Stats stats(AnnotationSet set) {
        return sets.stats(set);
    }

    /** Every annotation of the set, by audio file, then start. */
    public List<Annotation> annotations(AnnotationSet set) {
        return sets.annotations(set.id());
    }

    /** The dataset's files that are ready (working copy and duration known), oldest first. */
    public List<StudioAudioFile> readyAudio(String datasetId) {
        return audio.inStatus(datasetId, ProcessingStatus.READY);
    }

    /** The dataset's files in any state, newest first (to tell which are not ready yet). */
    public List<StudioAudioFile> allAudio(String datasetId) {
        long total = audio.count(datasetId, null);
        return total == 0 ? List.of() : audio.page(datasetId, null, new PageRequest(1, (int) Math.min(total,
                Integer.MAX_VALUE)));
    }

    /** One file of the dataset. */
    public Optional<StudioAudioFile> audioFile(String datasetId, String audioId) {
        return audio.find(datasetId, audioId);
    }
}
