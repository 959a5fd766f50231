package org.vangnet.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings of the embedded PostgreSQL.
 *
 * <p>{@code vangnet.database.embedded.enabled=false} switches it off altogether (read by
 * {@link EmbeddedDatabaseCondition}, before any bean exists).
 *
 * @param dataDirectory where the cluster lives between runs; blank means a throw-away directory
 * @param port          fixed port, or 0 for any free one
 */
@ConfigurationProperties("vangnet.database.embedded")
public record EmbeddedDatabaseProperties(String dataDirectory, int port) {

    boolean hasDataDirectory() {
        return StringUtils.hasText(dataDirectory);
    }
}
