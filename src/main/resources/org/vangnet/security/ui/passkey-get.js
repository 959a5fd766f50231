// The browser's half of proving a passkey (decision 018), run through Vaadin's executeJs inside an async
// function: $0 is the server's request options as JSON; the result is the signed answer as JSON.
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
