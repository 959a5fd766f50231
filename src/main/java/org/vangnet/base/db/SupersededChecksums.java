package org.vangnet.base.db;

import java.sql.SQLException;
import java.util.Map;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Before Flyway validates, accepts the earlier text of a migration that was released in two forms.
 * V017_1 was released with and without {@code case_id} in the audit chain's canonical text; V023_1
 * defines that function with it either way, so both installations end with the same schema. An
 * installation whose history has the other form's checksum gets the file's, once, with a line in
 * the log; any other difference still stops the start, as Flyway means it to.
 */
@Component
class SupersededChecksums implements Callback {

    /**
     * Per version: the checksum of the form no longer shipped, and the one of the file shipped now.
     * V017_1 ships the form without {@code case_id} (as landed at 7eda6db and 11fd116; the form with it
     * was shipped at fa5c5f3 and 6d8f4b9); should the other form ever be shipped again, swap the pair:
     * SupersededChecksumsIntegrationTest checks the file against it.
     */
    static final Map<String, int[]> ACCEPTED = Map.of("017.1", new int[] {552254285, -1440590060});

    private static final Logger log = LoggerFactory.getLogger(SupersededChecksums.class);

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_VALIDATE || event == Event.BEFORE_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        var connection = context.getConnection();
        try (var history = connection.prepareStatement("select to_regclass('flyway_schema_history') is not null");
             var exists = history.executeQuery()) {
            if (!exists.next() || !exists.getBoolean(1)) {
                return;
            }
            for (var accepted : ACCEPTED.entrySet()) {
                // Looked for first: a node whose Flyway connects as the application role may read the
                // history but not write it, and has nothing to write when the history is already right.
                if (!recordedWith(connection, accepted.getKey(), accepted.getValue()[0])) {
                    continue;
                }
                try (var update = connection.prepareStatement(
                        "update flyway_schema_history set checksum = ? where version = ? and checksum = ?")) {
                    update.setInt(1, accepted.getValue()[1]);
                    update.setString(2, accepted.getKey());
                    update.setInt(3, accepted.getValue()[0]);
                    update.executeUpdate();
                    log.info("Migration {} was recorded in its earlier released form; its checksum now matches the file",
                            accepted.getKey());
                }
            }
        } catch (SQLException e) {
            throw new FlywayException("Could not check the migration history for superseded checksums", e);
        }
    }

    private static boolean recordedWith(java.sql.Connection connection, String version, int checksum)
            throws SQLException {
        try (var query = connection.prepareStatement(
                "select 1 from flyway_schema_history where version = ? and checksum = ?")) {
            query.setString(1, version);
            query.setInt(2, checksum);
            try (var found = query.executeQuery()) {
                return found.next();
            }
        }
    }

    @Override
    public String getCallbackName() {
        return "vangnet-superseded-checksums";
    }
}
