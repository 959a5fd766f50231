package org.vangnet.cases;

/** How the client reached the helpline. */
public enum IntakeChannel { PHONE, CHAT, EMAIL, FORUM, WALK_IN, REFERRAL }
