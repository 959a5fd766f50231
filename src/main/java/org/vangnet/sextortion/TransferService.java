package org.vangnet.sextortion;

/** Services through which a client may have sent money; {@link #OTHER} comes with a name. */
public enum TransferService {
    WESTERN_UNION, MONEYGRAM, RIA, PAYPAL, WISE, REVOLUT, PAYSAFECARD, OTHER
}
