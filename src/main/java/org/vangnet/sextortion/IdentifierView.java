package org.vangnet.sextortion;

import org.vangnet.base.domain.Iban;

/**
 * An identifier as the screen shows it. {@code value} is the normalised form (E.164, lower-case
 * handle, canonical link...): the form that goes into a takedown request or a police complaint.
 */
public record IdentifierView(Long id, Long extorterId, IdentifierKind kind, Platform platform,
                             TransferService service, String otherName, String value) {

    /** The value as people read it: an IBAN in groups of four, everything else as stored. */
    public String display() {
        return kind == IdentifierKind.IBAN ? new Iban(value).formatted() : value;
    }
}
