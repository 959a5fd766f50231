package org.vangnet.base.db;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.exception.FlywayValidateException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** An installation that recorded V017_1 in its other released form starts; any other difference does not. */
@SpringBootTest
class SupersededChecksumsIntegrationTest {

    private static final int EARLIER = SupersededChecksums.ACCEPTED.get("017.1")[0];
    private static final int CURRENT = SupersededChecksums.ACCEPTED.get("017.1")[1];

    @Autowired
    Flyway flyway;

    private JdbcTemplate owner() {
        return new JdbcTemplate(flyway.getConfiguration().getDataSource());
    }

    private Integer recorded() {
        return owner().queryForObject("select checksum from flyway_schema_history where version = '017.1'", Integer.class);
    }

    @AfterEach
    void restore() {
        owner().update("update flyway_schema_history set checksum = ? where version = '017.1'", CURRENT);
    }

    @Test
    void theShippedFileHasTheChecksumTheCallbackWrites() {
        assertThat(recorded()).isEqualTo(CURRENT);
    }

    @Test
    void theEarlierReleasedFormIsAcceptedAndRecordedAsTheFile() {
        owner().update("update flyway_schema_history set checksum = ? where version = '017.1'", EARLIER);

        flyway.validate();

        assertThat(recorded()).isEqualTo(CURRENT);
    }

    @Test
    void anyOtherChangeStillStopsValidation() {
        owner().update("update flyway_schema_history set checksum = 12345 where version = '017.1'");

        assertThatThrownBy(flyway::validate).isInstanceOf(FlywayValidateException.class);
        assertThat(recorded()).isEqualTo(12345);
    }
}
