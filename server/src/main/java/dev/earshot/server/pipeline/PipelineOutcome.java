package dev.earshot.server.pipeline;

import java.util.List;
import java.util.Map;

/**
 * What a finished run left behind, with files named by blob key; links are signed when the answer is written.
 *
 * @param outputDatasetId null when the run produced no new audio
 */
record PipelineOutcome(String taskId, String inputDatasetId, String outputDatasetId, List<Step> steps,
                       StoredFile finalAudio) {

    /** One step's printable result: an audio output, several outputs, metrics, artifacts, or a mix. */
    record Step(String componentId, StoredFile output, List<StoredFile> outputs, Map<String, Object> metrics,
                Map<String, StoredFile> artifacts) {
    }
}
