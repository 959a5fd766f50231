package org.vangnet.base.crypto;

import java.util.Optional;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.WebAddress;

/**
 * The keyed lookup hash of a link: of its canonical {@link WebAddress} (lower-case scheme and host,
 * no default port, no fragment, no trailing slash, no tracking parameters; path and query kept), so
 * the same page typed or pasted differently finds the same rows. One rule for storing and searching.
 */
public final class LinkLookup {

    private LinkLookup() {
    }

    /** The hash of {@code link}'s canonical form; none when it is not a web address. */
    public static Optional<String> hash(FieldCipher cipher, String link) {
        try {
            return Optional.of(cipher.lookupHash(WebAddress.parse("value", link).value()));
        } catch (DomainException notALink) {
            return Optional.empty();
        }
    }
}
