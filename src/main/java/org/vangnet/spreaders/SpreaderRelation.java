package org.vangnet.spreaders;

/** How the person relates to the client, as the client tells it. */
public enum SpreaderRelation {
    PARTNER, EX_PARTNER, CLASSMATE, FRIEND, ACQUAINTANCE, FAMILY, COLLEAGUE, ONLINE_CONTACT, STRANGER, UNKNOWN
}
