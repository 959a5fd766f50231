/**
 * Shared kernel: base entity, time, translation, the database bootstrap, the audit trail's port and
 * the UI shell. Every module may use it; it depends on no feature module.
 */
@ApplicationModule(displayName = "Base", type = ApplicationModule.Type.OPEN)
package org.vangnet.base;

import org.springframework.modulith.ApplicationModule;
