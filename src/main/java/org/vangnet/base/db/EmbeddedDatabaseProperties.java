package org.vangnet.base.db;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;

/**
 * Settings of the embedded PostgreSQL.
 *
 * @param enabled       start it when no external datasource URL is configured (default true)
 * @param dataDirectory where the cluster lives between runs; blank means a throw-away directory
 * @param port          fixed port, or 0 for any free one
 */
@ConfigurationProperties("vangnet.database.embedded")
public record EmbeddedDatabaseProperties(Boolean enabled, String dataDirectory, int port) {

    boolean hasDataDirectory() {
        return StringUtils.hasText(dataDirectory);
    }
}
