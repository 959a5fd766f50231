package org.vangnet.sextortion;

/** What an extorter's identifier is. Two identifiers match when kind and normalised value are equal. */
public enum IdentifierKind {
    USERNAME, PROFILE_URL, PHONE, EMAIL, IBAN, TRANSFER_REFERENCE, CRYPTO_WALLET;

    /** A username means nothing without the platform it is on. */
    public boolean needsPlatform() {
        return this == USERNAME;
    }

    /** A transfer reference means nothing without the service that issued it. */
    public boolean needsService() {
        return this == TRANSFER_REFERENCE;
    }
}
