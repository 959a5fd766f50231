// The browser's half of a passkey ceremony (decision 018), run by PasskeyScripts through Vaadin's executeJs:
// $0 is the server's options as JSON; the result is the answer as JSON, binary values in base64url.
return (async () => {
const fromB64 = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')
    + '='.repeat((4 - s.length % 4) % 4)), c => c.charCodeAt(0)).buffer;
const toB64 = b => btoa(String.fromCharCode(...new Uint8Array(b)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const ids = list => (list || []).map(c => ({...c, id: fromB64(c.id)}));
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
})();