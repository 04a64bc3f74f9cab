package org.cocreate.base;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DataAccessResourceFailureException;

/**
 * Lets a scheduled job run on one node of the sub-district at a time, not once per node: on PostgreSQL
 * with an advisory lock keyed by the job's name, held by a connection of its own for as long as the job
 * runs (the job's own transactions use other connections); on H2, which serves one node, with a lock in
 * this process. A node that finds the job running elsewhere skips its turn.
 * <p>
 * It keeps two runs apart; it does not remember runs. A node whose timer fires just after another node's
 * run ended runs the job again, so a job must still find nothing to do the second time (posting and
 * expiry do).
 */
public final class ClusterLock {

    private final @Nullable DataSource postgres;
    private final Set<String> running = ConcurrentHashMap.newKeySet();

    private ClusterLock(@Nullable DataSource postgres) {
        this.postgres = postgres;
    }

    /** For one node (H2): the lock is held in this process. */
    static ClusterLock inProcess() {
        return new ClusterLock(null);
    }

    /** For the nodes of one PostgreSQL database: an advisory lock of that database. */
    static ClusterLock onPostgres(DataSource dataSource) {
        return new ClusterLock(dataSource);
    }

    /**
     * Runs the job unless it is running already, here or on another node; returns its result, or empty
     * when it was skipped. The lock goes when the job ends, fails, or its node dies.
     */
    public <T> Optional<T> runAlone(String job, Supplier<T> work) {
        return postgres == null ? inThisProcess(job, work) : acrossNodes(postgres, job, work);
    }

    private <T> Optional<T> inThisProcess(String job, Supplier<T> work) {
        if (!running.add(job)) {
            return Optional.empty();
        }
        try {
            return Optional.of(work.get());
        } finally {
            running.remove(job);
        }
    }

    private static <T> Optional<T> acrossNodes(DataSource dataSource, String job, Supplier<T> work) {
        // A transaction-scoped lock: the rollback at the end releases it, as does the connection's end when
        // the node dies; nothing can leave it held on a connection that goes back to the pool.
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                if (!tryLock(connection, job)) {
                    return Optional.empty();
                }
                return Optional.of(work.get());
            } finally {
                connection.rollback();
            }
        } catch (SQLException e) {
            throw new DataAccessResourceFailureException("The lock of job " + job + " failed", e);
        }
    }

    private static boolean tryLock(Connection connection, String job) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("select pg_try_advisory_xact_lock(?)")) {
            lock.setLong(1, key(job));
            try (ResultSet result = lock.executeQuery()) {
                return result.next() && result.getBoolean(1);
            }
        }
    }

    /** The advisory lock's key: 64 bits of the name's SHA-256, the same on every node. */
    static long key(String job) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(("cocreate job " + job).getBytes(StandardCharsets.UTF_8));
            return ByteBuffer.wrap(digest).getLong();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
