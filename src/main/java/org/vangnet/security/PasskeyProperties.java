package org.vangnet.security;

import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Passkey settings ({@code vangnet.security.passkeys.*}, decision 018).
 *
 * @param rpId    the relying party id: the host name the passkeys belong to (a passkey made for
 *                {@code vangnet.example.org} works there and on its sub-domains only). Must be the
 *                host users type; the default suits the embedded demo on {@code localhost}
 * @param rpName  the name the browser shows when it asks for a passkey
 * @param origins the exact origins (scheme, host, port) pages may ask from; empty: the origin of
 *                the request itself, provided its host is the relying party id or below it
 */
@ConfigurationProperties("vangnet.security.passkeys")
public record PasskeyProperties(
        @DefaultValue("localhost") String rpId,
        @DefaultValue("Vangnet") String rpName,
        @DefaultValue List<String> origins) {
}
