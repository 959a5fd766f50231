package org.vangnet.takedowns;

/** One thing a request is about, already validated and normalised for its platform. */
public record TakedownItem(ItemKind kind, String value) {
}
