/**
 * Takedowns: the platform catalogue, requests to get one item offline on one platform with their
 * full lifecycle, DSA Article 16 notices, escalation to the equality institute, hash services, and
 * the outcome figures per platform.
 */
@ApplicationModule(displayName = "Takedowns")
package org.vangnet.takedowns;

import org.springframework.modulith.ApplicationModule;
