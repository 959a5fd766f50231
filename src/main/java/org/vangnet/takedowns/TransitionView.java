package org.vangnet.takedowns;

import java.time.Instant;

/** A step of a request's history. */
public record TransitionView(TakedownStatus from, TakedownStatus to, Instant occurredAt, String actor,
                             String actorRole) {
}
