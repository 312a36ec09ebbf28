/**
 * Keeping the event publication registry: failed listeners retried, old completed
 * publications cleaned.
 */
@NullMarked
package org.synergies.system.events;

import org.jspecify.annotations.NullMarked;
