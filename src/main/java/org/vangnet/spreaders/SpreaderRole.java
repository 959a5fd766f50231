package org.vangnet.spreaders;

/** What the person did with the images: made them without consent, spread them first, or passed them on. */
public enum SpreaderRole { MAKER, SPREADER, FORWARDER }
