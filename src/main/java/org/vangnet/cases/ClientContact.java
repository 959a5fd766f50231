package org.vangnet.cases;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/** A contact detail as stored: the value normalised (E.164, lower-case e-mail). */
@Embeddable
class ClientContact {

    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 10)
    private ContactKind kind;

    @Column(name = "value", nullable = false, length = 200)
    private String value;

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

    ContactDetail toDetail() {
        return new ContactDetail(kind, value, safeToCall, safeVoicemail, safeToWrite);
    }
}
