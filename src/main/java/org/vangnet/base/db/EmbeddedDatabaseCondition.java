package org.vangnet.base.db;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * True when no external database is configured ({@code spring.datasource.url}, or the environment
 * variable {@code SPRING_DATASOURCE_URL}, is unset) and the embedded one is not switched off.
 */
public final class EmbeddedDatabaseCondition implements Condition {

    @Override
    public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
        return isEmbedded(context.getEnvironment());
    }

    public static boolean isEmbedded(org.springframework.core.env.Environment environment) {
        boolean externalConfigured = StringUtils.hasText(environment.getProperty("spring.datasource.url"));
        boolean enabled = environment.getProperty("vangnet.database.embedded.enabled", Boolean.class, true);
        return enabled && !externalConfigured;
    }
}
