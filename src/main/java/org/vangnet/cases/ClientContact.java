package org.vangnet.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import org.vangnet.base.crypto.EncryptedString;
import org.vangnet.base.crypto.FieldCipher;

/**
 * A contact detail as stored: the value normalised (E.164, lower-case e-mail), encrypted in the table,
 * with the keyed hash of the normalised value for "already known?" (decision 013).
 */
@Embeddable
class ClientContact {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private ContactKind kind;

    @Convert(converter = EncryptedString.class)
    @Column(name = "value", nullable = false, length = 2000)
    private String value;

    @Column(name = "lookup_hash", nullable = false, length = 64)
    private String lookupHash;

    @Column(name = "safe_to_call", nullable = false)
    private boolean safeToCall;

    @Column(name = "safe_voicemail", nullable = false)
    private boolean safeVoicemail;

    @Column(name = "safe_to_write", nullable = false)
    private boolean safeToWrite;

    protected ClientContact() {
    }

    ClientContact(ContactKind kind, String value, boolean safeToCall, boolean safeVoicemail, boolean safeToWrite) {
        this.kind = kind;
        this.value = value;
        this.safeToCall = safeToCall;
        this.safeVoicemail = safeVoicemail;
        this.safeToWrite = safeToWrite;
    }

    /** Sets the lookup hash before the contact is stored. */
    ClientContact hashedWith(FieldCipher cipher) {
        this.lookupHash = cipher.lookupHash(value);
        return this;
    }

    ContactDetail toDetail() {
        return new ContactDetail(kind, value, safeToCall, safeVoicemail, safeToWrite);
    }
}
