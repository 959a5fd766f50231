package org.vangnet.cases;

/** A downloaded evidence file. */
public record EvidenceFile(String name, String mediaType, byte[] content) {
}
