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
})();