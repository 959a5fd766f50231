package org.vangnet.cases;

import java.time.Instant;

/**
 * One note on the case header: a translation key whose placeholder {@code {0}} is {@code at},
 * written as the user's language writes dates. {@code urgent} notes are shown as alerts.
 */
public record CaseHeaderNote(String messageKey, Instant at, boolean urgent) {
}
