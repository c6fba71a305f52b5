package dev.earshot.engine.artifacts.training;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One side of the file split: which files, how many frames, how many of them carry each type.
 *
 * @param fileIds        the files' ids, ordered by id
 * @param frames         frames of those files
 * @param positiveFrames frames positive for each type, in type order
 */
public record SplitSummary(List<String> fileIds, long frames, Map<String, Long> positiveFrames) {

    public SplitSummary {
        fileIds = List.copyOf(fileIds);
        positiveFrames = Collections.unmodifiableMap(new LinkedHashMap<>(positiveFrames));
    }

    static SplitSummary of(List<LabelledFile> files, List<FrameLabels> labels, List<String> types) {
        Map<String, Long> positives = new LinkedHashMap<>();
        for (int type = 0; type < types.size(); type++) {
            int index = type;
            positives.put(types.get(type), labels.stream().mapToLong(file -> file.positives(index)).sum());
        }
        return new SplitSummary(files.stream().map(LabelledFile::fileId).sorted().toList(),
                labels.stream().mapToLong(FrameLabels::frames).sum(), positives);
    }

    /** Number of files. */
    public int files() {
        return fileIds.size();
    }

    /** {@code files, frames, positive_frames: {type: n}, file_ids}. */
    public Map<String, Object> toMap() {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put("files", files());
        map.put("frames", frames);
        map.put("positive_frames", positiveFrames);
        map.put("file_ids", fileIds);
        return map;
    }
}
