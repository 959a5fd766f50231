// Shared by passkey-create.js and passkey-get.js (PasskeyScripts puts it in front of each): base64url
// to and from binary, as WebAuthn values travel in the JSON Spring Security reads, and the server's options ($0).
const fromB64 = s => Uint8Array.from(atob(s.replace(/-/g, '+').replace(/_/g, '/')
    + '='.repeat((4 - s.length % 4) % 4)), c => c.charCodeAt(0)).buffer;
const toB64 = b => btoa(String.fromCharCode(...new Uint8Array(b)))
    .replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
const ids = list => (list || []).map(c => ({...c, id: fromB64(c.id)}));
const options = JSON.parse($0);
