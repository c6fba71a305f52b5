package dev.earshot.server.jobs;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A job kind for tests whose input says what to do: {@code ok}, {@code permanent}, {@code transient-once},
 * {@code always-transient}, {@code hold} (waits until released) or {@code fetch}.
 */
class ScriptedWork implements JobWork {

    static final String KIND = "scripted";
    final Map<String, AtomicInteger> runs = new ConcurrentHashMap<>();
    private final Map<String, CountDownLatch> holds = new ConcurrentHashMap<>();

    /** Lets a {@code hold} job finish. */
    void release(String jobId) {
        hold(jobId).countDown();
    }

    private CountDownLatch hold(String jobId) {
        return holds.computeIfAbsent(jobId, id -> new CountDownLatch(1));
    }

    @Override
    public String kind() {
        return KIND;
    }

    @Override
    public Double fetch(Job job, JobContext context) {
        return 12.5;
    }

    @Override
    public String run(Job job, JobContext context) throws Exception {
        int run = runs.computeIfAbsent(job.id(), id -> new AtomicInteger()).incrementAndGet();
        switch (job.input()) {
            case "permanent" -> throw new JobFailedException("the input is not audio");
            case "transient-once" -> {
                if (run == 1) {
                    throw new IllegalStateException("disk hiccup");
                }
            }
            case "always-transient" -> throw new IllegalStateException("still broken");
            case "hold" -> {
                for (int i = 0; i < 200 && !hold(job.id()).await(50, TimeUnit.MILLISECONDS); i++) {
                    context.progress(Math.min(0.5, i / 100.0));
                    context.cancellation().check();
                }
            }
            default -> { }
        }
        for (int i = 1; i <= 4; i++) {
            context.progress(i / 4.0);
        }
        Path file = Files.writeString(context.workDir().resolve("out.txt"), "done " + job.id());
        String key = context.store("out.txt", file, "text/plain");
        return "{\"blob\":\"" + key + "\",\"attempt\":" + context.attempt() + "}";
    }
}
