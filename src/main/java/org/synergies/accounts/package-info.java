/**
 * Accounts and roles: who may sign in, with which roles and scopes (organizations for
 * their members, a country for a national focal point); sign-in with throttling, password
 * reset and invitation by e-mailed link, personal API tokens.
 */
@ApplicationModule(allowedDependencies = { "shared", "system", "audit", "messaging" })
@NullMarked
package org.synergies.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
