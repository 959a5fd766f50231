package org.vangnet.takedowns;

/** What an item of a request is. */
public enum ItemKind { URL, USERNAME, PHONE, GROUP_NAME, USER_ID, CHANNEL_ID, SERVER_ID, MESSAGE_LINK, TIMESTAMP }
