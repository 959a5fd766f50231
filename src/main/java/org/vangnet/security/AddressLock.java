package org.vangnet.security;

import java.time.Instant;

/** A client address (an IPv6 address by its /64 network) refused at sign-in until {@code lockedUntil}. */
public record AddressLock(String address, Instant lockedUntil) {
}
