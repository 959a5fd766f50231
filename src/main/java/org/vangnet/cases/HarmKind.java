package org.vangnet.cases;

/** What happened to the client; a case can have several. */
public enum HarmKind { LEAKED_IMAGES, SEXTORTION, SEXTING_WORRY, DEEPFAKE, HACKED_ACCOUNT }
