package org.vangnet.conversations;

/** Who started the contact: the client (incoming) or the helpline (outgoing, e.g. a call-back). */
public enum ConversationDirection { INCOMING, OUTGOING }
