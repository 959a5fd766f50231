// The browser's half of making a passkey (decision 018), run through Vaadin's executeJs inside an async
// function: $0 is the server's creation options as JSON; the result is the new credential as JSON.
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
