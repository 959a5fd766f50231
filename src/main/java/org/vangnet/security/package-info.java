/**
 * Accounts, teams, roles and their permissions, sign-in and the administration of users.
 *
 * <p>Public API: {@link org.vangnet.security.CurrentUser}, {@link org.vangnet.security.Role},
 * {@link org.vangnet.security.Roles}, {@link org.vangnet.security.Permissions} and the
 * application services. Repositories and views stay inside the module.
 */
@ApplicationModule(displayName = "Security")
package org.vangnet.security;

import org.springframework.modulith.ApplicationModule;
