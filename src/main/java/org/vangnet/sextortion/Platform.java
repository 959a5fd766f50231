package org.vangnet.sextortion;

/** Where an extorter made contact, or where a username lives. {@link #OTHER} comes with a name. */
public enum Platform {
    INSTAGRAM, SNAPCHAT, TIKTOK, FACEBOOK, WHATSAPP, TELEGRAM, DISCORD, X, REDDIT, KIK, TINDER, GRINDR,
    SMS, PHONE_CALL, EMAIL, OTHER;

    /** Whether accounts on it have a username (a text message or a phone call has none). */
    public boolean hasUsernames() {
        return this != SMS && this != PHONE_CALL && this != EMAIL;
    }
}
