package org.vangnet.security;

import java.io.Serial;
import java.io.Serializable;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialRequestOptions;

/**
 * A request to prove a passkey (decision 018): the options the browser gets, with their one-time
 * challenge, kept on the server until the browser's signed answer comes back.
 */
public final class PasskeyRequest implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PublicKeyCredentialRequestOptions options;
    private final String optionsJson;
    private final String origin;

    PasskeyRequest(PublicKeyCredentialRequestOptions options, String optionsJson, String origin) {
        this.options = options;
        this.optionsJson = optionsJson;
        this.origin = origin;
    }

    /** The options as the browser's {@code navigator.credentials.get} needs them (binary values in base64url). */
    public String optionsJson() {
        return optionsJson;
    }

    PublicKeyCredentialRequestOptions options() {
        return options;
    }

    String origin() {
        return origin;
    }
}
