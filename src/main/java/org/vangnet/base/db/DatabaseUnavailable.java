package org.vangnet.base.db;

import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTimeoutException;
import java.sql.SQLTransientConnectionException;
import java.sql.SQLNonTransientConnectionException;
import java.util.Set;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.QueryTimeoutException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.transaction.TransactionTimedOutException;

/**
 * Tells whether a failure means "the database cannot be reached (or did not answer in time)"
 * rather than a bug: the screen then says so and keeps what the user typed, instead of showing a
 * reference for support (decision 023). The whole cause chain is searched, because the pool's
 * time-out arrives wrapped by Hibernate and again by Spring.
 */
public final class DatabaseUnavailable {

    /**
     * SQLSTATEs of an unreachable or stopping server: class 08 (connection exception) is matched by
     * prefix; 57P01-57P03 are "terminated by administrator", "crash shutdown", "cannot connect now";
     * 57014 is a statement cancelled by its time-out.
     */
    private static final Set<String> STATES = Set.of("57P01", "57P02", "57P03", "57014");

    private DatabaseUnavailable() {
    }

    public static boolean isCause(Throwable failure) {
        for (Throwable current = failure; current != null; current = current.getCause()) {
            if (matches(current)) {
                return true;
            }
            if (current.getCause() == current) {
                return false;
            }
        }
        return false;
    }

    private static boolean matches(Throwable throwable) {
        if (throwable instanceof DataAccessResourceFailureException
                || throwable instanceof CannotCreateTransactionException
                || throwable instanceof TransactionTimedOutException
                || throwable instanceof QueryTimeoutException
                || throwable instanceof SQLTransientConnectionException
                || throwable instanceof SQLNonTransientConnectionException
                || throwable instanceof SQLRecoverableException
                || throwable instanceof SQLTimeoutException) {
            return true;
        }
        if (throwable instanceof SQLException sql && sql.getSQLState() != null) {
            String state = sql.getSQLState();
            return state.startsWith("08") || STATES.contains(state);
        }
        // The pool's proxy of a connection it evicted after the server went away: the rollback then
        // fails with this, and Spring throws that failure in place of the original one.
        return throwable instanceof SQLException sql && sql.getMessage() != null
                && sql.getMessage().startsWith("Connection is closed");
    }
}
