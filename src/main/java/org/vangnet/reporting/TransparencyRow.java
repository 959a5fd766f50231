package org.vangnet.reporting;

/** Notices submitted in the year for one platform, type of content (harm kind) and action taken (status). */
public record TransparencyRow(String platform, String contentType, String action, long notices) {
}
