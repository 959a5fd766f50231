package org.vangnet.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser's half of a passkey ceremony (decision 018): {@code navigator.credentials.create} or
 * {@code .get} with the server's options, the answer sent back over Vaadin's own connection as JSON
 * (binary values in base64url, as Spring Security's WebAuthn classes read them). The script comes
 * from the application itself through Vaadin, so the Content-Security-Policy (decision 019) needs
 * nothing new: no other origin, no inline {@code <script>} element.
 */
final class PasskeyScripts {

    private static final String BASE64URL = """
            const fromB64 = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')
                + '='.repeat((4 - s.length % 4) % 4)), c => c.charCodeAt(0)).buffer;
            const toB64 = b => btoa(String.fromCharCode(...new Uint8Array(b)))
                .replace(/\\+/g, '-').replace(/\\//g, '_').replace(/=+$/, '');
            const ids = list => (list || []).map(c => ({...c, id: fromB64(c.id)}));
            """;

    private static final String CREATE = "return (async () => {" + BASE64URL + """
            const options = JSON.parse($0);
            options.challenge = fromB64(options.challenge);
            options.user.id = fromB64(options.user.id);
            options.excludeCredentials = ids(options.excludeCredentials);
            const made = await navigator.credentials.create({publicKey: options});
            return JSON.stringify({
                id: made.id, rawId: toB64(made.rawId), type: made.type,
                response: {
                    attestationObject: toB64(made.response.attestationObject),
                    clientDataJSON: toB64(made.response.clientDataJSON),
                    transports: made.response.getTransports ? made.response.getTransports() : []
                },
                clientExtensionResults: made.getClientExtensionResults(),
                authenticatorAttachment: made.authenticatorAttachment
            });
            })()""";

    private static final String GET = "return (async () => {" + BASE64URL + """
            const options = JSON.parse($0);
            options.challenge = fromB64(options.challenge);
            options.allowCredentials = ids(options.allowCredentials);
            const proof = await navigator.credentials.get({publicKey: options});
            return JSON.stringify({
                id: proof.id, rawId: toB64(proof.rawId), type: proof.type,
                response: {
                    authenticatorData: toB64(proof.response.authenticatorData),
                    clientDataJSON: toB64(proof.response.clientDataJSON),
                    signature: toB64(proof.response.signature),
                    userHandle: proof.response.userHandle ? toB64(proof.response.userHandle) : null
                },
                clientExtensionResults: proof.getClientExtensionResults(),
                authenticatorAttachment: proof.authenticatorAttachment
            });
            })()""";

    private static final Logger log = LoggerFactory.getLogger(PasskeyScripts.class);

    private PasskeyScripts() {
    }

    /** Asks the browser to make a passkey; {@code made} gets its answer, {@code failed} when the user cancels or cannot. */
    static void create(Component host, String optionsJson, SerializableConsumer<String> made, SerializableRunnable failed) {
        host.getElement().executeJs(CREATE, optionsJson).then(String.class, made, error -> failedInBrowser(error, failed));
    }

    /** Asks the browser to prove one of the listed passkeys. */
    static void get(Component host, String optionsJson, SerializableConsumer<String> proven, SerializableRunnable failed) {
        host.getElement().executeJs(GET, optionsJson).then(String.class, proven, error -> failedInBrowser(error, failed));
    }

    /** The browser's reason (cancelled, no authenticator, wrong relying party id) is for the log; the user gets one message. */
    private static void failedInBrowser(String error, SerializableRunnable failed) {
        log.info("Passkey ceremony ended in the browser without an answer: {}", error);
        failed.run();
    }
}
