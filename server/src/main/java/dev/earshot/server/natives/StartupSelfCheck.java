package dev.earshot.server.natives;

import dev.earshot.engine.natives.CapabilityStatus;
import dev.earshot.engine.natives.NativeSelfCheck;
import dev.earshot.engine.speech.SpeechModels;
import dev.earshot.server.system.WorkFolders;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.stereotype.Component;

/**
 * Runs the native self-check once when the server starts: it begins on a thread of its own as soon as this bean is
 * made, alongside the rest of the start, and is awaited once every bean exists, before the server opens its port and
 * before jobs run, so no request or job meets an unchecked capability. Logs one line per capability that is DOWN, or
 * one summary line when all are UP. Absent from the administration commands (they start no web server) and with
 * {@code earshot.natives.self-check=false}.
 */
@Component
@ConditionalOnWebApplication
@ConditionalOnProperty(name = "earshot.natives.self-check", havingValue = "true", matchIfMissing = true)
class StartupSelfCheck implements SmartInitializingSingleton {

    private static final Logger log = LoggerFactory.getLogger(StartupSelfCheck.class);

    private final NativeCapabilities capabilities;
    private final CompletableFuture<List<CapabilityStatus>> check;
    private final long startedAt = System.nanoTime();

    StartupSelfCheck(NativeCapabilities capabilities, SpeechModels models, WorkFolders folders) {
        this.capabilities = capabilities;
        this.check = CompletableFuture.supplyAsync(() -> run(models, folders), task -> {
            Thread thread = new Thread(task, "earshot-native-check");
            thread.setDaemon(true);
            thread.start();
        });
    }

    @Override
    public void afterSingletonsInstantiated() {
        long awaitedAt = System.nanoTime();
        List<CapabilityStatus> statuses = check.join();
        long done = System.nanoTime();
        capabilities.record(statuses);
        report(statuses, (done - startedAt) / 1_000_000, (done - awaitedAt) / 1_000_000);
    }

    private static List<CapabilityStatus> run(SpeechModels models, WorkFolders folders) {
        Path folder = folders.create("native-check-");
        try {
            return new NativeSelfCheck(models).run(folder);
        } finally {
            WorkFolders.delete(folder);
        }
    }

    private static void report(List<CapabilityStatus> statuses, long millis, long waitedMillis) {
        List<CapabilityStatus> down = statuses.stream().filter(status -> !status.up()).toList();
        for (CapabilityStatus status : down) {
            log.error("Native self-check: {} is DOWN. {}. Requests that need it are answered 503 with this reason and "
                    + "jobs that need it wait in the queue until a node where it works runs them.",
                    status.capability().id(), status.reason());
        }
        if (down.isEmpty()) {
            log.info("Native self-check: {} UP in {} ms, of which the start waited {} ms", statuses.stream()
                    .map(status -> status.capability().id() + " (" + status.millis() + " ms)")
                    .collect(Collectors.joining(", ")), millis, waitedMillis);
        }
    }
}
