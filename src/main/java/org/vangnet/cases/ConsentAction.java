package org.vangnet.cases;

/** Actions taken on the client's behalf, each needing the client's own consent. */
public enum ConsentAction { REPORT_IN_CLIENT_NAME, CONTACT_SPREADER, SHARE_WITH_INSTITUTE, ACCOMPANY_POLICE_COMPLAINT }
