package org.vangnet.cases;

/** Organisations a client can be referred to (from the helplines' leaflets). */
public enum Partner {
    CHILD_FOCUS, AWEL, CYBERSQUAD, JAC_CAW, HELPWANTED_OFFLIMITS, SLACHTOFFERWIJZER, EQUALITY_INSTITUTE, POLICE,
    LAWYER, OTHER
}
