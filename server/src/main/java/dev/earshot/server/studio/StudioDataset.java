package dev.earshot.server.studio;

import java.time.Instant;
import java.util.List;

/**
 * A dataset of the studio door: a project's container of audio files and annotation sets, with the artifact types
 * its annotations may use.
 */
public record StudioDataset(String id, String projectId, String name, String description,
                            List<ArtifactType> artifactTypes, Instant createdAt, Instant updatedAt) {

    public StudioDataset {
        artifactTypes = List.copyOf(artifactTypes);
    }

    /** True when {@code name} is one of the dataset's artifact types. */
    public boolean defines(String type) {
        return artifactTypes.stream().anyMatch(t -> t.name().equals(type));
    }

    public List<String> typeNames() {
        return artifactTypes.stream().map(ArtifactType::name).toList();
    }
}
