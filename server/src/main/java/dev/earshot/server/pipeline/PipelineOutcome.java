package dev.earshot.server.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a finished run left behind, with files named by blob key; links are signed when the answer is written.
 *
 * @param outputDatasetId    the OUTPUT dataset of the new audio; null when the run produced none
 * @param artifactsDatasetId the ARTIFACTS dataset of the non-audio files steps wrote; null when none did
 */
record PipelineOutcome(String taskId, String inputDatasetId, String outputDatasetId, String artifactsDatasetId,
                       List<Step> steps, StoredFile finalAudio) {

    /** One step's printable result: an audio output, several outputs, metrics, artifacts, or a mix. */
    record Step(String componentId, StoredFile output, List<StoredFile> outputs, Map<String, Object> metrics,
                Map<String, StoredFile> artifacts) {
    }
}
