package org.vangnet.cases;

/** Whom a waiting case waits for. */
public enum WaitingOn { CLIENT, PLATFORM, POLICE }
