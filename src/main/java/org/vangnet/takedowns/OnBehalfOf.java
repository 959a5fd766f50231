package org.vangnet.takedowns;

/** In whose name the request is made. In the client's name needs the client's consent. */
public enum OnBehalfOf { CLIENT, HELPLINE }
