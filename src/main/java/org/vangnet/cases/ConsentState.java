package org.vangnet.cases;

import java.time.Instant;

/** The latest word on one kind of consent; {@code recordedByName} is the colleague's display name. */
public record ConsentState(ConsentAction action, boolean given, ConsentForm how, Instant recordedAt,
                           String recordedBy, String recordedByName) {
}
