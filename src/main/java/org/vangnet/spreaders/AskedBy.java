package org.vangnet.spreaders;

/** Who asked the person to delete: the client, someone the client trusts, the helpline or the police. */
public enum AskedBy { CLIENT, TRUSTED_PERSON, HELPLINE, POLICE }
