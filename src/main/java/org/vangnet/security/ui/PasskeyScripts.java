package org.vangnet.security.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The browser's half of a passkey ceremony (decision 018): {@code navigator.credentials.create} or
 * {@code .get} with the server's options, the answer sent back over Vaadin's own connection as JSON
 * (binary values in base64url, as Spring Security's WebAuthn classes read them). The scripts (beside
 * this class, {@code passkey-create.js} and {@code passkey-get.js} with {@code passkey-base64url.js}) come
 * from the application itself through Vaadin, so the Content-Security-Policy (decision 019) needs
 * nothing new: no other origin, no inline {@code <script>} element.
 */
final class PasskeyScripts {

    private static final String CREATE = ceremony("passkey-create.js");
    private static final String GET = ceremony("passkey-get.js");

    private static final Logger log = LoggerFactory.getLogger(PasskeyScripts.class);

    private PasskeyScripts() {
    }

    /** The ceremony as the body of an async function: Vaadin waits for the promise it returns. */
    private static String ceremony(String name) {
        return script("passkey-ceremony.js").replace("/*helpers*/", script("passkey-base64url.js"))
                .replace("/*ceremony*/", script(name));
    }

    private static String script(String name) {
        try (var in = PasskeyScripts.class.getResourceAsStream(name)) {
            return new String(Objects.requireNonNull(in, name).readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
