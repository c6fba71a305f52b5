package dev.earshot.server.pipeline;

import dev.earshot.engine.pipeline.Cancellation;
import dev.earshot.server.limits.AdmissionControl;
import dev.earshot.server.storage.SafeFileName;
import dev.earshot.server.system.WorkFolders;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.stereotype.Component;
import org.springframework.web.multipart.MultipartFile;

/**
 * Runs a checked request within the door's limits: a place from admission control (429 when none frees up),
 * a private work folder, a worker thread and the request timeout (504). The worker owns the folder and
 * the place and gives both back when it ends, even after the caller has stopped waiting.
 */
@Component
@OnAudioEngineEnabled
class SynchronousPipeline {

    private final AudioEngineSettings settings;
    private final AdmissionControl admission;
    private final ExecutorService workers;
    private final PipelineExecution execution;
    private final WorkFolders folders;

    SynchronousPipeline(AudioEngineSettings settings, AdmissionControl admission, ExecutorService pipelineWorkers,
                        PipelineExecution execution, WorkFolders folders) {
        this.settings = settings;
        this.admission = admission;
        this.workers = pipelineWorkers;
        this.execution = execution;
        this.folders = folders;
    }

    /** False once the workers are shutting down (the door answers 503). */
    boolean ready() {
        return !workers.isShutdown();
    }

    PipelineOutcome run(PipelineRequest request, List<MultipartFile> files) {
        AdmissionControl.Permit permit = admission.enter();
        Path workDir = null;
        try {
            workDir = folders.create("pipeline-");
            List<Upload> uploads = receive(files, workDir);
            Cancellation cancellation = Cancellation.afterMillis(settings.requestTimeoutMillis());
            Path folder = workDir;
            Future<PipelineOutcome> future = workers.submit(() -> {
                try {
                    return execution.execute(request, uploads, folder, cancellation,
                            Duration.ofMillis(settings.requestTimeoutMillis()));
                } finally {
                    permit.close();
                    WorkFolders.delete(folder);
                }
            });
            workDir = null;
            return await(future, cancellation);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the uploads into the work folder", e);
        } catch (RejectedExecutionException e) {
            throw PipelineDoorException.notReady("the audio engine is shutting down");
        } finally {
            if (workDir != null) {
                permit.close();
                WorkFolders.delete(workDir);
            }
        }
    }

    private PipelineOutcome await(Future<PipelineOutcome> future, Cancellation cancellation) {
        try {
            return future.get(settings.requestTimeoutMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            cancellation.cancel();
            future.cancel(true);
            throw PipelineDoorException.timedOut(settings.requestTimeoutMillis());
        } catch (InterruptedException e) {
            cancellation.cancel();
            future.cancel(true);
            Thread.currentThread().interrupt();
            throw PipelineDoorException.notReady("the request was interrupted");
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new IllegalStateException("pipeline worker failed", e.getCause());
        }
    }

    private static List<Upload> receive(List<MultipartFile> files, Path workDir) throws IOException {
        List<Upload> uploads = new ArrayList<>();
        for (int i = 0; i < files.size(); i++) {
            MultipartFile file = files.get(i);
            String name = SafeFileName.of(file.getOriginalFilename());
            Path target = workDir.resolve("upload-" + i);
            file.transferTo(target);
            uploads.add(new Upload(name, target, Files.size(target)));
        }
        return uploads;
    }
}
