package org.vangnet.takedowns;

/** How a request reaches the platform. */
public enum ReportRoute { IN_APP, WEB_FORM, EMAIL, PRIORITY_CHANNEL, DSA_NOTICE, HASH_SERVICE, COURT_ORDER }
