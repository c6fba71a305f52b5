package dev.earshot.server.enhance;

import dev.earshot.engine.audio.AudioDecoder;
import dev.earshot.engine.audio.AudioEncoder;
import dev.earshot.engine.audio.AudioInfo;
import dev.earshot.engine.audio.AudioProbe;
import dev.earshot.engine.audio.DecodeOptions;
import dev.earshot.engine.audio.PcmFile;
import dev.earshot.engine.audio.VideoProbe;
import dev.earshot.engine.audio.VideoRemuxer;
import dev.earshot.engine.audio.VideoStreamInfo;
import dev.earshot.engine.component.StandardComponents;
import dev.earshot.engine.error.UndecodableAudioException;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.PipelineRun;
import dev.earshot.engine.pipeline.PipelineRunner;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.server.jobs.Job;
import dev.earshot.server.jobs.JobContext;
import dev.earshot.server.jobs.JobFailedException;
import dev.earshot.server.jobs.JobWork;
import dev.earshot.server.jobs.RemoteFailureException;
import dev.earshot.server.outbound.OutboundFailureException;
import dev.earshot.server.outbound.OutboundHttp;
import dev.earshot.server.outbound.RefusedUrlException;
import dev.earshot.server.storage.BlobStore;
import dev.earshot.server.storage.NoSuchBlobException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.DoubleConsumer;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * The work of a noise-removal job. Fetch (URL inputs): download under the policy and size cap, probe, check the
 * output, store the input. Run: probe, decode, {@code noise_reduce} through the pipeline runner, encode (and put
 * back with the picture), store, PUT to the output URL. Progress: 10% decoded, 85% cleaned, 98% written, and
 * between 85% and 98% as the output is written. Messages name the input as the user knows it, never by its local
 * name. A failed PUT is transient and retried; on the last attempt the job fails with the PUT's reason.
 */
@Component
class NoiseRemovalWork implements JobWork {

    static final String KIND = "remove-noise";
    /** Probing, decoding and encoding; the noise reduction itself is plain Java. */
    static final Set<NativeCapability> NATIVES = Set.of(NativeCapability.FFMPEG);
    private static final double DECODED = 0.10;
    private static final double CLEANED = 0.85;
    private static final double WRITTEN = 0.98;

    private final PipelinePlan plan;
    private final PipelineRunner runner;
    private final BlobStore blobs;
    private final OutboundHttp outbound;
    private final EnhanceSettings settings;
    private final JsonMapper json;
    private final AudioProbe probe = new AudioProbe();
    private final VideoProbe videoProbe = new VideoProbe();
    private final AudioDecoder decoder = new AudioDecoder();
    private final AudioEncoder encoder = new AudioEncoder();
    private final VideoRemuxer remuxer = new VideoRemuxer();

    NoiseRemovalWork(ObjectProvider<ComponentRegistry> registry, ObjectProvider<PipelineRunner> runner,
                     BlobStore blobs, OutboundHttp outbound, EnhanceSettings settings, JsonMapper json) {
        this.plan = PipelinePlan.validate(List.of(new StepSpec("noise_reduce", Map.of())), 1,
                registry.getIfAvailable(() -> ComponentRegistry.of(StandardComponents.all())), 1);
        this.runner = runner.getIfAvailable(PipelineRunner::new);
        this.blobs = blobs;
        this.outbound = outbound;
        this.settings = settings;
        this.json = json;
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Set<NativeCapability> natives() {
        return NATIVES;
    }

    @Override
    public Double fetch(Job job, JobContext context) throws IOException, InterruptedException {
        NoiseRemovalInput input = read(job);
        Path target = context.workDir().resolve(input.inputName());
        OutboundHttp.Download download;
        try {
            download = outbound.download(URI.create(input.inputUrl()), target, settings.maxFileBytes());
        } catch (RefusedUrlException e) {
            throw new JobFailedException("the input URL is refused: " + e.getMessage());
        } catch (OutboundFailureException e) {
            String reason = "downloading the input failed: " + e.getMessage();
            if (e.status() >= 500) {
                throw new RemoteFailureException(reason, e);
            }
            throw new JobFailedException(reason);
        }
        if (download.sizeBytes() == 0) {
            throw new JobFailedException("the input URL gave an empty file");
        }
        AudioInfo info = probe(target, input);
        output(input, videoCodec(target, input, info));
        blobs.put(input.blobKey(), target, download.contentType());
        return info.durationReliable() ? info.durationSeconds() : null;
    }

    @Override
    public String run(Job job, JobContext context) throws IOException, InterruptedException {
        NoiseRemovalInput input = read(job);
        Path source = context.workDir().resolve(input.inputName());
        copyInput(input, source);
        AudioInfo info = probe(source, input);
        OutputChoice output = output(input, videoCodec(source, input, info));
        context.progress(0.02);
        PcmFile decoded = decoder.decode(source, input.displayName(), context.workDir().resolve("input.pcm"),
                DecodeOptions.original(settings.decodeTimeout()));
        context.progress(DECODED);
        PipelineRun run = runner.run(plan, List.of(decoded), context.workDir(), context.cancellation(),
                f -> context.progress(DECODED + (CLEANED - DECODED) * f));
        String fileName = "enhanced_" + input.downloadId() + "." + output.extension();
        Path result = context.workDir().resolve(fileName);
        write(output, source, input, run.finalAudio(), result, context);
        context.progress(WRITTEN);
        String key = context.store(fileName, result, output.contentType());
        if (input.outputUrl() != null) {
            upload(input.outputUrl(), result, output.contentType());
        }
        Map<String, Object> stored = new LinkedHashMap<>();
        stored.put("blobKey", key);
        stored.put("fileName", fileName);
        stored.put("extension", output.extension());
        stored.put("contentType", output.contentType());
        stored.put("sizeBytes", Files.size(result));
        return json.writeValueAsString(stored);
    }

    private void write(OutputChoice output, Path source, NoiseRemovalInput input, PcmFile cleaned, Path result,
                       JobContext context) throws InterruptedException {
        if (output.audio() != null) {
            encoder.encode(cleaned, result, output.audio(), f -> {
                writing(context).accept(f);
                context.cancellation().check();
            });
            return;
        }
        remuxer.write(source, input.displayName(), cleaned, result, output.container(), context.workDir(), f -> {
            writing(context).accept(f);
            context.cancellation().check();
        });
    }

    /** Progress while the output is written: a fraction of that stage, between cleaned and written. */
    private static DoubleConsumer writing(JobContext context) {
        return f -> context.progress(CLEANED + (WRITTEN - CLEANED) * f);
    }

    private void upload(String url, Path file, String contentType) throws InterruptedException {
        try {
            outbound.put(URI.create(url), file, contentType);
        } catch (RefusedUrlException e) {
            throw new JobFailedException("the output URL is refused: " + e.getMessage());
        } catch (IOException e) {
            throw new RemoteFailureException("uploading the result to the output URL failed: "
                    + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()), e);
        }
    }

    private AudioInfo probe(Path file, NoiseRemovalInput input) {
        try {
            return probe.probe(file, input.displayName());
        } catch (UndecodableAudioException e) {
            throw new JobFailedException("the input is not audio or video Earshot can read: " + e.getMessage(), e);
        }
    }

    private String videoCodec(Path file, NoiseRemovalInput input, AudioInfo info) {
        return info.hasVideo()
                ? videoProbe.probe(file, input.displayName()).map(VideoStreamInfo::codec).orElse(null) : null;
    }

    private static OutputChoice output(NoiseRemovalInput input, String videoCodec) {
        try {
            return input.output(videoCodec);
        } catch (OutputChoice.Impossible e) {
            throw new JobFailedException(e.getMessage());
        }
    }

    private void copyInput(NoiseRemovalInput input, Path target) throws IOException {
        try (InputStream content = blobs.open(input.blobKey())) {
            Files.copy(content, target);
        } catch (NoSuchBlobException e) {
            throw new JobFailedException("the input file is no longer stored (uploads are kept for "
                    + settings.uploadRetention().toDays() + " days)");
        }
    }

    private NoiseRemovalInput read(Job job) {
        return json.readValue(job.input(), NoiseRemovalInput.class);
    }
}
