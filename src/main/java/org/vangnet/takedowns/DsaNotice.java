package org.vangnet.takedowns;

/** A DSA Article 16 notice, ready to paste into a platform's form or to download. */
public record DsaNotice(String fileName, String text) {
}
