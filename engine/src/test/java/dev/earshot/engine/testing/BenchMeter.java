package dev.earshot.engine.testing;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.OperatingSystemMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

/**
 * Measures one stretch of work in this JVM: wall time, process CPU time, heap and the process's peak RSS.
 * The heap peak is the largest total heap in use, read from every garbage collection's before-figures and
 * at the end (heap in use only grows between collections, so this is the true peak, garbage included);
 * the heap after collection is the largest total left after one, an upper bound of what was live.
 */
public final class BenchMeter {

    private final Set<String> heapPools = ManagementFactory.getMemoryPoolMXBeans().stream()
            .filter(pool -> pool.getType() == MemoryType.HEAP).map(MemoryPoolMXBean::getName)
            .collect(Collectors.toSet());
    private long started;
    private long cpuStarted;
    private long heapPeak;
    private long heapAfterGc;
    private int collections;

    private BenchMeter() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            ((NotificationEmitter) collector).addNotificationListener(
                    (notification, handback) -> collected(notification), null, null);
        }
    }

    /** Collects garbage, waits for its notifications, then starts measuring. */
    public static BenchMeter start() {
        BenchMeter meter = new BenchMeter();
        System.gc();
        sleep();
        synchronized (meter) {
            meter.heapPeak = meter.heapInUse();
            meter.heapAfterGc = 0;
            meter.collections = 0;
        }
        meter.cpuStarted = cpuNanos();
        meter.started = System.nanoTime();
        return meter;
    }

    /**
     * Runs {@code work} once unmeasured (warming up the JIT and the page cache), then {@code runs} times measured,
     * each after {@code prepare} (also unmeasured). Figures: {@code seconds} and {@code cpu_seconds} (medians),
     * {@code seconds_min}, {@code runs}, and the heap and RSS figures of the last run.
     */
    public static Map<String, Object> repeat(int runs, Runnable prepare, Runnable work) {
        prepare.run();
        work.run();
        double[] seconds = new double[runs];
        double[] cpu = new double[runs];
        Map<String, Object> figures = new LinkedHashMap<>();
        for (int i = 0; i < runs; i++) {
            prepare.run();
            BenchMeter meter = start();
            work.run();
            meter.stop(figures);
            seconds[i] = (Double) figures.get("seconds");
            cpu[i] = (Double) figures.get("cpu_seconds");
        }
        figures.put("seconds", median(seconds));
        figures.put("cpu_seconds", median(cpu));
        figures.put("seconds_min", Arrays.stream(seconds).min().orElseThrow());
        figures.put("runs", runs);
        return figures;
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** Seconds since {@link #start()}. */
    public double seconds() {
        return (System.nanoTime() - started) / 1e9;
    }

    /** Stops and puts {@code seconds}, {@code cpu_seconds}, heap and RSS figures into {@code figures}. */
    public void stop(Map<String, Object> figures) {
        double seconds = seconds();
        double cpu = (cpuNanos() - cpuStarted) / 1e9;
        sleep();
        synchronized (this) {
            heapPeak = Math.max(heapPeak, heapInUse());
            figures.put("seconds", seconds);
            figures.put("cpu_seconds", cpu);
            figures.put("heap_peak_mb", heapPeak / 1048576.0);
            figures.put("heap_after_gc_max_mb", collections == 0 ? "" : heapAfterGc / 1048576.0);
            figures.put("collections", collections);
        }
        figures.put("peak_rss_mb", peakRssMegabytes());
    }

    private synchronized void collected(Notification notification) {
        if (!notification.getType().equals(GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION)) {
            return;
        }
        var info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData()).getGcInfo();
        heapPeak = Math.max(heapPeak, heapTotal(info.getMemoryUsageBeforeGc()));
        heapAfterGc = Math.max(heapAfterGc, heapTotal(info.getMemoryUsageAfterGc()));
        collections++;
    }

    private long heapTotal(Map<String, MemoryUsage> pools) {
        return pools.entrySet().stream().filter(pool -> heapPools.contains(pool.getKey()))
                .mapToLong(pool -> pool.getValue().getUsed()).sum();
    }

    private long heapInUse() {
        return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
    }

    /** VmHWM of this process (the most resident memory it ever had), in MB. */
    public static double peakRssMegabytes() {
        try {
            return Files.readAllLines(Path.of("/proc/self/status")).stream()
                    .filter(line -> line.startsWith("VmHWM:"))
                    .mapToLong(line -> Long.parseLong(line.replaceAll("\\D", "")))
                    .findFirst().orElseThrow() / 1024.0;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static long cpuNanos() {
        return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
    }

    private static void sleep() {
        try {
            Thread.sleep(300);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
