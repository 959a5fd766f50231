package org.vangnet.advice;

/** Where one step of the advice stands for a case. */
public enum AdviceState { ADVISED, DONE, NOT_APPLICABLE }
