package org.vangnet.cases;

/**
 * One way to reach the client, with what is safe: calling back, leaving a voicemail, writing.
 * Someone else may see the client's phone or mail, so nothing is assumed safe.
 */
public record ContactDetail(ContactKind kind, String value, boolean safeToCall, boolean safeVoicemail,
                            boolean safeToWrite) {
}
