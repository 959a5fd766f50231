package org.vangnet.sextortion;

import java.util.Locale;
import org.vangnet.base.domain.CryptoWallet;
import org.vangnet.base.domain.DomainException;
import org.vangnet.base.domain.EmailAddress;
import org.vangnet.base.domain.Iban;
import org.vangnet.base.domain.PhoneNumber;
import org.vangnet.base.domain.PlatformHandle;
import org.vangnet.base.domain.WebAddress;

/**
 * An identifier validated and normalised through the domain primitives. {@code value} is what is
 * shown and copied; {@code matchKey} is what is compared across cases: the value itself, or for a
 * username and a transfer reference the platform or service followed by the value, since
 * {@code extorter_01} on Instagram need not be {@code extorter_01} on Snapchat.
 *
 * @param qualifier      the platform (username) or service (transfer reference), by enum name
 * @param qualifierOther the name of an OTHER platform or service
 */
record NormalisedIdentifier(IdentifierKind kind, String qualifier, String qualifierOther, String value,
                            String matchKey) {

    static final int MAX_VALUE = NewIdentifier.MAX_VALUE;
    static final int MAX_OTHER_NAME = NewIdentifier.MAX_OTHER_NAME;

    static NormalisedIdentifier of(NewIdentifier typed) {
        if (typed == null || typed.kind() == null) {
            throw DomainException.onField("kind", "validation.required");
        }
        return switch (typed.kind()) {
            case USERNAME -> {
                Platform platform = typed.platform();
                if (platform == null) {
                    throw DomainException.onField("platform", "validation.required");
                }
                if (!platform.hasUsernames()) {
                    throw DomainException.onField("platform", "validation.identifier.platform-without-usernames");
                }
                String other = otherName(platform == Platform.OTHER, typed.otherName());
                String handle = PlatformHandle.parse("value", typed.value()).value();
                yield new NormalisedIdentifier(typed.kind(), platform.name(), other, handle,
                        key(platform.name(), other) + ":" + handle);
            }
            case TRANSFER_REFERENCE -> {
                TransferService service = typed.service();
                if (service == null) {
                    throw DomainException.onField("service", "validation.required");
                }
                String other = otherName(service == TransferService.OTHER, typed.otherName());
                String reference = TransferReference.parse("value", typed.value()).value();
                yield new NormalisedIdentifier(typed.kind(), service.name(), other, reference,
                        key(service.name(), other) + ":" + reference);
            }
            case PROFILE_URL -> plain(typed.kind(), WebAddress.parse("value", typed.value()).value());
            case PHONE -> plain(typed.kind(), PhoneNumber.parse("value", typed.value()).e164());
            case EMAIL -> plain(typed.kind(), EmailAddress.parse("value", typed.value()).value());
            case IBAN -> plain(typed.kind(), Iban.parse("value", typed.value()).value());
            case CRYPTO_WALLET -> plain(typed.kind(), CryptoWallet.parse("value", typed.value()).value());
        };
    }

    private static NormalisedIdentifier plain(IdentifierKind kind, String value) {
        if (value.length() > MAX_VALUE) {
            throw DomainException.onField("value", "validation.too-long", MAX_VALUE);
        }
        return new NormalisedIdentifier(kind, null, null, value, value);
    }

    private static String otherName(boolean needed, String typed) {
        String name = typed == null ? "" : typed.strip();
        if (!needed) {
            return null;
        }
        if (key("OTHER", name).isEmpty()) {
            throw DomainException.onField("otherName", "validation.identifier.other-name");
        }
        if (name.length() > MAX_OTHER_NAME) {
            throw DomainException.onField("otherName", "validation.too-long", MAX_OTHER_NAME);
        }
        return name;
    }

    /**
     * The platform or service as compared: {@code WESTERN_UNION} and a typed "Western Union" are both
     * {@code westernunion}, so choosing OTHER and typing a known name still matches.
     */
    static String key(String enumName, String otherName) {
        String name = "OTHER".equals(enumName) ? otherName : enumName;
        return name == null ? "" : name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }
}
