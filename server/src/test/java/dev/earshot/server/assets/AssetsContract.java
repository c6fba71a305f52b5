package dev.earshot.server.assets;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/** Datasets, file records and tasks; one subclass per database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class AssetsContract {

    @Autowired
    Datasets datasets;

    @Autowired
    Tasks tasks;

    final String project = UUID.randomUUID().toString();

    @Test
    void aDatasetKeepsItsFilesInPositionOrder() {
        Dataset dataset = datasets.create(project, DatasetKind.INPUT);
        datasets.addFile(dataset.id(), 1, "b.wav", "k/b", "audio/wav", 20, 2.5, 16_000, 1);
        datasets.addFile(dataset.id(), 0, "a.mp3", "k/a", "audio/mpeg", 10, null, null, null);

        List<FileRecord> files = datasets.files(dataset.id());

        assertThat(files).extracting(FileRecord::fileName).containsExactly("a.mp3", "b.wav");
        assertThat(files.get(0).durationSeconds()).isNull();
        assertThat(files.get(1).durationSeconds()).isEqualTo(2.5);
        assertThat(files.get(1).sampleRate()).isEqualTo(16_000);
        assertThat(datasets.find(dataset.id()).orElseThrow().kind()).isEqualTo(DatasetKind.INPUT);
        assertThat(datasets.find(dataset.id()).orElseThrow().createdAt()).isNotNull();
    }

    @Test
    void aTaskRunsThenCompletesWithItsResultAndLinkedDatasets() {
        String id = tasks.start(project, null, "user@example.com", "kind", "{\"a\":1}");
        Dataset input = datasets.create(project, DatasetKind.INPUT);
        tasks.link(id, input.id(), DatasetKind.INPUT);

        assertThat(tasks.find(id).orElseThrow().status()).isEqualTo(TaskStatus.RUNNING);
        tasks.complete(id, "{\"done\":true}");

        Task task = tasks.find(id).orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.COMPLETED);
        assertThat(task.result()).isEqualTo("{\"done\":true}");
        assertThat(task.request()).isEqualTo("{\"a\":1}");
        assertThat(task.finishedAt()).isAfterOrEqualTo(task.createdAt());
        assertThat(tasks.tasksOf(input.id())).containsExactly(id);
    }

    @Test
    void aFailedTaskKeepsItsReason() {
        String id = tasks.start(project, null, "user@example.com", "kind", "x".repeat(20_000));
        tasks.fail(id, "components[0] (slice_audio): range starts after the end");

        Task task = tasks.find(id).orElseThrow();
        assertThat(task.status()).isEqualTo(TaskStatus.FAILED);
        assertThat(task.error()).contains("slice_audio");
        assertThat(task.request()).hasSize(20_000);
    }

    @Test
    void deletingADatasetRemovesItsFileRecords() {
        Dataset dataset = datasets.create(project, DatasetKind.OUTPUT);
        datasets.addFile(dataset.id(), 0, "a.wav", "k/a", "audio/wav", 10, 1.0, 8_000, 2);

        datasets.delete(dataset.id());

        assertThat(datasets.find(dataset.id())).isEmpty();
        assertThat(datasets.files(dataset.id())).isEmpty();
    }

    @Test
    void anUnknownIdIsEmptyNotAnError() {
        assertThat(datasets.find("missing")).isEmpty();
        assertThat(tasks.find("missing")).isEmpty();
    }
}
