package dev.earshot.server.support;

import dev.earshot.server.support.DoorClient.Reply;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** Requests sent at the same moment, for the tests of limits that must hold exactly when clients race. */
public final class RacingRequests {

    private RacingRequests() {
    }

    /** Sends {@code count} requests at once, each from its own thread released by one latch. */
    public static List<Reply> race(int count, Supplier<Reply> request) {
        ExecutorService threads = Executors.newFixedThreadPool(count);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<CompletableFuture<Reply>> replies = IntStream.range(0, count)
                    .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                        await(start);
                        return request.get();
                    }, threads)).toList();
            start.countDown();
            return replies.stream().map(CompletableFuture::join).toList();
        } finally {
            threads.shutdownNow();
        }
    }

    /** How many replies had each status. */
    public static Map<Integer, Long> statuses(List<Reply> replies) {
        return replies.stream().collect(Collectors.groupingBy(Reply::status, Collectors.counting()));
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
