package org.vangnet.cases;

/** Where a referral stands. */
public enum ReferralStatus { SUGGESTED, MADE, ACCEPTED, DECLINED }
