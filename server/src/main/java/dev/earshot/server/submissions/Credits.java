package dev.earshot.server.submissions;

import dev.earshot.server.auth.Users;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Credit balances per owner (the owner string of {@link AudiosDoor#owner}, {@code user:<id>}). Every change is an
 * entry in {@code credit_entries}: a grant, or the single debit of a task, made unique by its task id.
 *
 * <p>The rate is one credit per started minute of audio per service ({@link #cost}). Only users who are not
 * administrators are charged ({@link #charges}): keys without a user ({@code key:<id>}) and the operator's own
 * administrators (the bootstrap user among them) are never debited by the door, though every method accepts any
 * owner string.
 *
 * <p>Each method joins the caller's transaction when there is one (so a debit commits or rolls back with the task's
 * state change) and runs in its own otherwise. The account row is locked ({@code select ... for update}) before it
 * changes, so concurrent grants and debits of one owner run one after the other. Inserts that may collide (the
 * first account row, a second debit of the same task) run in a savepoint: on PostgreSQL a failed statement would
 * otherwise abort the caller's whole transaction.
 */
@Repository
public class Credits {

    private static final int MAX_REASON = 255;
    private static final double SECONDS_PER_CREDIT = 60.0;

    private final JdbcClient jdbc;
    private final Users users;
    private final TransactionTemplate joined;
    private final TransactionTemplate savepoint;

    Credits(JdbcClient jdbc, Users users, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.users = users;
        this.joined = new TransactionTemplate(transactions);
        this.savepoint = new TransactionTemplate(transactions);
        this.savepoint.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
    }

    /** The owner a user's audios, submissions, tasks and credits are filed under. */
    public static String ownerOf(String userId) {
        return "user:" + userId;
    }

    /**
     * The documented price of a task: one credit per started minute of audio per service, at least one credit per
     * service (a 61 s audio with two services costs 4).
     */
    public static long cost(double audioSeconds, int services) {
        if (services < 1) {
            throw new IllegalArgumentException("a task has at least one service, not " + services);
        }
        double seconds = Double.isNaN(audioSeconds) ? 0 : Math.max(0, audioSeconds);
        long minutes = Math.max(1, (long) Math.ceil(seconds / SECONDS_PER_CREDIT));
        return Math.multiplyExact(minutes, services);
    }

    /** True when the door charges the owner: a user ({@code user:<id>}) who is not an administrator. */
    public boolean charges(String owner) {
        if (!owner.startsWith("user:")) {
            return false;
        }
        return users.findById(owner.substring("user:".length())).map(user -> !user.admin()).orElse(true);
    }

    /** The owner's balance; 0 when the owner has no account yet. */
    public long balance(String owner) {
        return jdbc.sql("select balance from credit_accounts where owner = ?").param(owner)
                .query(Long.class).optional().orElse(0L);
    }

    /** Adds {@code amount} (more than 0) to the owner's balance and returns the new balance. */
    public long grant(String owner, long amount, String reason) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a grant adds at least 1 credit, not " + amount);
        }
        String checkedReason = checked(reason);
        return inTransaction(() -> {
            long balance = lockedBalance(owner);
            insertGrant(owner, amount, checkedReason);
            return changeBalance(owner, balance, amount);
        });
    }

    /**
     * Lowers the owner's balance by {@code amount} for the task, once: true when this call debited, false (and
     * nothing changed) when the task was debited before. The balance may go below 0; a submission it cannot cover
     * is refused before any task exists.
     */
    public boolean debitOnce(String owner, long taskId, long amount, String reason) {
        if (amount <= 0) {
            throw new IllegalArgumentException("a debit takes at least 1 credit, not " + amount);
        }
        String checkedReason = checked(reason);
        return inTransaction(() -> {
            long balance = lockedBalance(owner);
            if (!insertDebit(owner, taskId, -amount, checkedReason)) {
                return false;
            }
            changeBalance(owner, balance, -amount);
            return true;
        });
    }

    private <T> T inTransaction(Supplier<T> work) {
        return joined.execute(status -> work.get());
    }

    /** The balance of the owner's account row, created first when missing, locked until the transaction ends. */
    private long lockedBalance(String owner) {
        Optional<Long> balance = locked(owner);
        if (balance.isPresent()) {
            return balance.get();
        }
        inSavepoint(() -> jdbc.sql("insert into credit_accounts (owner, balance, updated_at) values (?, 0, ?)")
                .params(owner, now()).update());
        return locked(owner).orElseThrow();
    }

    private Optional<Long> locked(String owner) {
        return jdbc.sql("select balance from credit_accounts where owner = ? for update").param(owner)
                .query(Long.class).optional();
    }

    /** Inserts the task's debit unless one exists; false when the task was already debited. */
    private boolean insertDebit(String owner, long taskId, long amount, String reason) {
        Integer inserted = inSavepoint(() -> jdbc.sql("""
                        insert into credit_entries (owner, amount, reason, task_id, created_at)
                        select ?, ?, ?, ?, ? where not exists (select 1 from credit_entries where task_id = ?)""")
                .params(owner, amount, reason, taskId, now(), taskId).update());
        return inserted != null && inserted == 1;
    }

    private void insertGrant(String owner, long amount, String reason) {
        jdbc.sql("insert into credit_entries (owner, amount, reason, created_at) values (?, ?, ?, ?)")
                .params(owner, amount, reason, now()).update();
    }

    private long changeBalance(String owner, long balance, long amount) {
        long changed = Math.addExact(balance, amount);
        jdbc.sql("update credit_accounts set balance = ?, updated_at = ? where owner = ?")
                .params(changed, now(), owner).update();
        return changed;
    }

    /** Runs one statement in a savepoint; a duplicate key rolls back only that statement and gives null. */
    private Integer inSavepoint(Supplier<Integer> statement) {
        try {
            return savepoint.execute(status -> statement.get());
        } catch (DuplicateKeyException e) {
            return null;
        }
    }

    private static String checked(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a credit entry needs a reason");
        }
        if (reason.length() > MAX_REASON) {
            throw new IllegalArgumentException("a reason has at most " + MAX_REASON + " characters");
        }
        return reason.strip();
    }

    private static OffsetDateTime now() {
        return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
    }
}
