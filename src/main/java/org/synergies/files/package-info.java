/**
 * Files people upload (statutes, certificates, letters): their type judged from their
 * content, a size limit, a malware-scan hook, and storage outside the web root under
 * generated names — in the database by default, or in a directory shared by the nodes.
 * Modules that keep files decide who may download them.
 */
@ApplicationModule(allowedDependencies = { "shared", "system" })
@NullMarked
package org.synergies.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
