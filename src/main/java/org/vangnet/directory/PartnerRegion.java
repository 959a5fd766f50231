package org.vangnet.directory;

/** Where a partner helps. */
public enum PartnerRegion { BELGIUM, FLANDERS, BRUSSELS, WALLONIA, NETHERLANDS, ANYWHERE }
