package org.vangnet.cases;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Break-the-glass settings ({@code vangnet.cases.emergency-access.*}, decision 022).
 *
 * @param validity        how long an emergency opening lasts; a night shift's call, not a new assignment
 * @param minReasonLength the shortest reason accepted: long enough that "x" or "urgent" will not do
 */
@ConfigurationProperties("vangnet.cases.emergency-access")
public record EmergencyAccessProperties(
        @DefaultValue("4h") Duration validity,
        @DefaultValue("20") int minReasonLength) {
}
