package org.vangnet.sextortion;

/**
 * An identifier as the counsellor typed it. {@code platform} belongs to a username,
 * {@code service} to a transfer reference, {@code otherName} to either when it is OTHER.
 */
public record NewIdentifier(IdentifierKind kind, Platform platform, TransferService service, String otherName,
                            String value) {

    /** The longest value and the longest name of an "other" platform or service, in characters. */
    public static final int MAX_VALUE = 1000;
    public static final int MAX_OTHER_NAME = 60;

    public static NewIdentifier of(IdentifierKind kind, String value) {
        return new NewIdentifier(kind, null, null, null, value);
    }

    public static NewIdentifier username(Platform platform, String handle) {
        return new NewIdentifier(IdentifierKind.USERNAME, platform, null, null, handle);
    }

    public static NewIdentifier transferReference(TransferService service, String reference) {
        return new NewIdentifier(IdentifierKind.TRANSFER_REFERENCE, null, service, null, reference);
    }
}
