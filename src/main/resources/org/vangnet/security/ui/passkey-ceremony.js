// What Vaadin's executeJs runs for a passkey ceremony (decision 018): an async function whose promise
// Vaadin waits for; PasskeyScripts puts the base64url helpers and the ceremony in place of the markers.
return (async () => {
/*helpers*/
/*ceremony*/
})();
