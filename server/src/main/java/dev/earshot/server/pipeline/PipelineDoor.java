package dev.earshot.server.pipeline;

import dev.earshot.engine.error.ComponentUnavailableException;
import dev.earshot.engine.pipeline.ComponentRegistry;
import dev.earshot.engine.pipeline.NativeCapability;
import dev.earshot.engine.pipeline.PipelinePlan;
import dev.earshot.engine.pipeline.StepSpec;
import dev.earshot.server.auth.ApiCaller;
import dev.earshot.server.auth.Project;
import dev.earshot.server.natives.NativeCapabilities;
import dev.earshot.server.storage.SafeFileName;
import dev.earshot.server.storage.SignedUrls;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.multipart.MultipartHttpServletRequest;

/** {@code POST /v1/audio_engine/pipeline}: checks a request in the seed's order, runs it, writes the 200 body. */
@RestController
@OnAudioEngineEnabled
class PipelineDoor {

    /** Every upload is decoded before the first step. */
    private static final Set<NativeCapability> DECODING = Set.of(NativeCapability.FFMPEG);
    private static final List<String> REQUIRED = List.of("components", "files", "user_email", "project_name");

    private final PipelineCallers callers;
    private final PipelineRequestReader reader;
    private final ComponentRegistry registry;
    private final AudioEngineSettings settings;
    private final SynchronousPipeline pipeline;
    private final SignedUrls signedUrls;
    private final NativeCapabilities natives;

    PipelineDoor(PipelineCallers callers, PipelineRequestReader reader,
                 ComponentRegistry registry, AudioEngineSettings settings, SynchronousPipeline pipeline,
                 SignedUrls signedUrls, NativeCapabilities natives) {
        this.callers = callers;
        this.reader = reader;
        this.registry = registry;
        this.settings = settings;
        this.pipeline = pipeline;
        this.signedUrls = signedUrls;
        this.natives = natives;
    }

    @PostMapping("/v1/audio_engine/pipeline")
    Map<String, Object> run(HttpServletRequest http) {
        ApiCaller caller = callers.require(http);
        if (!pipeline.ready()) {
            throw PipelineDoorException.notReady("the audio engine is not initialised");
        }
        natives.require(DECODING);
        MultipartHttpServletRequest form = http instanceof MultipartHttpServletRequest m ? m : null;
        List<MultipartFile> files = form == null ? List.of() : nonEmptyParts(form.getMultiFileMap());
        requireFields(form, files);
        List<StepSpec> steps = reader.steps(form.getParameter("components"));
        String email = reader.userEmail(form.getParameter("user_email"));
        String projectName = reader.projectName(form.getParameter("project_name"));
        if (files.size() > settings.maxFileCount()) {
            throw PipelineDoorException.badRequest("too many files: " + files.size() + "; at most "
                    + settings.maxFileCount() + " are allowed (AUDIO_ENGINE_MAX_FILE_COUNT)");
        }
        PipelinePlan plan = null;
        ComponentUnavailableException unavailable = null;
        try {
            plan = PipelinePlan.validate(steps, files.size(), registry, settings.maxPipelineSteps());
        } catch (ComponentUnavailableException e) {
            unavailable = e;
        }
        Project project = callers.project(caller, projectName);
        checkSizes(files);
        if (unavailable != null) {
            throw unavailable;
        }
        natives.require(plan.natives());
        String provider = form.getParameter("provider") == null ? "GOOGLE" : form.getParameter("provider");
        PipelineRequest request = new PipelineRequest(caller, project, email, provider, plan,
                form.getParameter("components"), files.stream().map(f -> SafeFileName.of(f.getOriginalFilename())).toList());
        PipelineOutcome outcome = pipeline.run(request, files);
        return PipelineEnvelope.response(outcome,
                file -> signedUrls.url(file.blobKey(), settings.linkValidity(), file.fileName()));
    }

    private static List<MultipartFile> nonEmptyParts(MultiValueMap<String, MultipartFile> parts) {
        List<MultipartFile> files = parts.get("files");
        return files == null ? List.of() : List.copyOf(files);
    }

    private static void requireFields(MultipartHttpServletRequest form, List<MultipartFile> files) {
        List<String> missing = new ArrayList<>();
        for (String field : REQUIRED) {
            boolean present = field.equals("files") ? !files.isEmpty()
                    : form != null && form.getParameter(field) != null;
            if (!present) {
                missing.add(field);
            }
        }
        if (!missing.isEmpty()) {
            throw PipelineDoorException.missingFields(missing);
        }
    }

    private void checkSizes(List<MultipartFile> files) {
        for (MultipartFile file : files) {
            if (file.getSize() > settings.maxFileSizeBytes()) {
                throw PipelineDoorException.tooLarge("file '" + SafeFileName.of(file.getOriginalFilename())
                        + "' is " + file.getSize() + " bytes; the limit is " + settings.maxFileSizeBytes()
                        + " bytes (AUDIO_ENGINE_MAX_FILE_SIZE_BYTES)");
            }
        }
    }
}
