package org.vangnet.security;

import java.time.Instant;

/** One of the signed-in user's passkeys, as listed under My account: never its key. */
public record Passkey(String id, String label, Instant created, Instant lastUsed) {
}
