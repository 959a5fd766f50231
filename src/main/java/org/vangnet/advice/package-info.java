/**
 * Advice checklists: the steps the helplines' leaflets give, per kind of harm and the client's age
 * (talk to someone you trust, do not pay, capture evidence before reporting...), each with a
 * client-ready text in Dutch, French and English that administrators keep. A case records per step
 * whether it was advised, done by the client or not applicable, and when.
 *
 * <p>Public API: {@link org.vangnet.advice.AdviceService} and its records and enums. Depends on
 * cases; the case file learns of it through the beans it provides.
 */
@ApplicationModule(displayName = "Advice checklists")
package org.vangnet.advice;

import org.springframework.modulith.ApplicationModule;
