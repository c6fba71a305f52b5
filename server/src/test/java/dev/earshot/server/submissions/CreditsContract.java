package dev.earshot.server.submissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** Balances, grants and the once-per-task debit; one subclass per database. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.NONE)
abstract class CreditsContract {

    private static final AtomicLong TASKS = new AtomicLong(1_000);
    private static final int THREADS = 8;

    @Autowired
    Credits credits;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    TransactionTemplate transactions;

    final String owner = Credits.ownerOf(UUID.randomUUID().toString());

    @Test
    void anOwnerWithoutAccountHasNothingAndGrantsAddUp() {
        assertThat(credits.balance(owner)).isZero();
        assertThat(credits.balance("key:" + UUID.randomUUID())).isZero();

        assertThat(credits.grant(owner, 10, "welcome")).isEqualTo(10);
        assertThat(credits.grant(owner, 5, "top-up")).isEqualTo(15);

        assertThat(credits.balance(owner)).isEqualTo(15);
        assertThat(entries(owner)).isEqualTo(2);
    }

    @Test
    void aGrantNeedsAPositiveAmountAndAReason() {
        assertThatThrownBy(() -> credits.grant(owner, 0, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credits.grant(owner, -3, "x")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> credits.grant(owner, 3, " ")).isInstanceOf(IllegalArgumentException.class);
        assertThat(credits.balance(owner)).isZero();
    }

    @Test
    void aTaskIsDebitedOnce() {
        long task = TASKS.incrementAndGet();
        credits.grant(owner, 10, "welcome");

        assertThat(credits.debitOnce(owner, task, 4, "task " + task)).isTrue();
        assertThat(credits.debitOnce(owner, task, 4, "task " + task)).isFalse();

        assertThat(credits.balance(owner)).isEqualTo(6);
        assertThat(entries(owner)).isEqualTo(2);
    }

    @Test
    void aDebitMayTakeTheBalanceBelowZeroAndOpensTheAccount() {
        long task = TASKS.incrementAndGet();

        assertThat(credits.debitOnce(owner, task, 3, "task " + task)).isTrue();

        assertThat(credits.balance(owner)).isEqualTo(-3);
    }

    @Test
    void concurrentDebitsOfOneTaskDebitOnce() throws Exception {
        long task = TASKS.incrementAndGet();
        credits.grant(owner, 100, "welcome");

        List<Boolean> results = concurrently(() -> credits.debitOnce(owner, task, 7, "task " + task));

        assertThat(results).containsOnlyOnce(true);
        assertThat(credits.balance(owner)).isEqualTo(93);
        assertThat(entries(owner)).isEqualTo(2);
    }

    @Test
    void concurrentFirstGrantsOpenOneAccountAndAllCount() throws Exception {
        concurrently(() -> credits.grant(owner, 2, "welcome"));

        assertThat(credits.balance(owner)).isEqualTo(2L * THREADS);
        assertThat(entries(owner)).isEqualTo(THREADS);
    }

    @Test
    void aDebitInsideTheCallersTransactionRollsBackWithIt() {
        long task = TASKS.incrementAndGet();
        credits.grant(owner, 10, "welcome");

        transactions.executeWithoutResult(status -> {
            assertThat(credits.debitOnce(owner, task, 4, "task " + task)).isTrue();
            status.setRollbackOnly();
        });

        assertThat(credits.balance(owner)).isEqualTo(10);
        assertThat(credits.debitOnce(owner, task, 4, "task " + task)).isTrue();
        assertThat(credits.balance(owner)).isEqualTo(6);
    }

    @Test
    void aRepeatedDebitLeavesTheCallersTransactionUsable() {
        long task = TASKS.incrementAndGet();
        credits.grant(owner, 10, "welcome");
        credits.debitOnce(owner, task, 4, "task " + task);

        transactions.executeWithoutResult(status -> {
            assertThat(credits.debitOnce(owner, task, 4, "task " + task)).isFalse();
            credits.grant(owner, 1, "same transaction");
        });

        assertThat(credits.balance(owner)).isEqualTo(7);
    }

    @Test
    void theSameTaskUnderAnotherOwnerIsNotDebitedAgain() {
        long task = TASKS.incrementAndGet();
        String other = Credits.ownerOf(UUID.randomUUID().toString());
        credits.debitOnce(owner, task, 4, "task " + task);

        transactions.executeWithoutResult(status -> {
            assertThat(credits.debitOnce(other, task, 4, "task " + task)).isFalse();
            credits.grant(other, 1, "same transaction");
        });

        assertThat(credits.balance(other)).isEqualTo(1);
    }

    private <T> List<T> concurrently(Callable<T> work) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return work.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        } finally {
            pool.shutdownNow();
        }
    }

    private long entries(String of) {
        return jdbc.sql("select count(*) from credit_entries where owner = ?").param(of).query(Long.class).single();
    }
}
