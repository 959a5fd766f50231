package org.vangnet.security;

import java.io.Serial;
import java.io.Serializable;
import org.springframework.security.web.webauthn.api.PublicKeyCredentialCreationOptions;

/**
 * A passkey being made (decision 018): the options the browser gets, with their one-time challenge,
 * kept on the server until the browser's answer comes back.
 */
public final class PasskeyRegistration implements Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final PublicKeyCredentialCreationOptions options;
    private final String optionsJson;
    private final String origin;

    PasskeyRegistration(PublicKeyCredentialCreationOptions options, String optionsJson, String origin) {
        this.options = options;
        this.optionsJson = optionsJson;
        this.origin = origin;
    }

    /** The options as the browser's {@code navigator.credentials.create} needs them (binary values in base64url). */
    public String optionsJson() {
        return optionsJson;
    }

    PublicKeyCredentialCreationOptions options() {
        return options;
    }

    String origin() {
        return origin;
    }
}
