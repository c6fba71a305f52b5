package dev.earshot.engine.natives;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.engine.speech.TestSpeechModels;
import dev.earshot.engine.speech.vosk.VoskModelSource;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class NativeSelfCheckTest {

    @TempDir
    Path folder;

    @Test
    void everyCapabilityWorksHereAndTheCheckLeavesNoFileBehind() throws Exception {
        List<CapabilityStatus> statuses = new NativeSelfCheck(TestSpeechModels.shared()).run(folder);

        assertThat(statuses).extracting(CapabilityStatus::capability).containsExactly(NativeCapability.values());
        assertThat(statuses).allSatisfy(status -> assertThat(status.reason()).as(status.toString()).isNull());
        try (var left = Files.list(folder)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aModelCacheThatCannotBeCreatedMakesOnlyVoskDownAndNamesTheFolder() throws Exception {
        Path blocker = Files.createFile(folder.resolve("a-file"));
        Path archive = Path.of(System.getProperty(VoskModelSource.ARCHIVE_PROPERTY));
        try (SpeechModels models = new SpeechModels(blocker.resolve("models"), () -> VoskModelSource.archive(archive))) {
            List<CapabilityStatus> statuses = new NativeSelfCheck(models).run(folder);

            assertThat(statuses.get(0).up()).as(statuses.get(0).toString()).isTrue();
            assertThat(statuses.get(1).up()).as(statuses.get(1).toString()).isTrue();
            assertThat(statuses.get(2).reason()).startsWith("Vosk does not work: cannot extract the Vosk model")
                    .contains(blocker.toString(), "Not a directory", "model cache folder");
        }
    }
}
