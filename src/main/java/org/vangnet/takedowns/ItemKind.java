package org.vangnet.takedowns;

/** What an item of a request is. */
public enum ItemKind {
    URL, USERNAME, PHONE, GROUP_NAME, USER_ID, CHANNEL_ID, SERVER_ID, MESSAGE_LINK, TIMESTAMP;

    /** A web address: kept with its keyed hash so the search box finds the case by it (decision 035). */
    public boolean isLink() {
        return this == URL || this == MESSAGE_LINK;
    }
}
