package org.vangnet.base.db;

import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Tells other modules whether Vangnet runs on its own embedded database (a developer's or demo
 * machine) or on an external one (production), e.g. to decide whether demo data may be created.
 */
@Component
public class DatabaseMode {

    private final boolean embedded;
    private final Boolean demoDataSetting;

    DatabaseMode(Environment environment) {
        this.embedded = EmbeddedDatabaseCondition.isEmbedded(environment);
        this.demoDataSetting = environment.getProperty("vangnet.demo-data.enabled", Boolean.class);
    }

    public boolean isEmbedded() {
        return embedded;
    }

    /**
     * Demo data and demo accounts: on by default for the embedded database, off by default for an
     * external one; {@code vangnet.demo-data.enabled} overrides both.
     */
    public boolean demoDataEnabled() {
        return demoDataSetting != null ? demoDataSetting : embedded;
    }
}
