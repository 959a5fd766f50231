package org.vangnet.spreaders;

import java.time.Instant;

/** A recorded spreader or forwarder as the case file and the dossier show them. */
public record SpreaderView(Long id, long version, SpreaderDetails details, Instant createdAt, String createdBy) {
}
