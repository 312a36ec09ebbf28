package org.synergies.meetings.web;

import org.jspecify.annotations.Nullable;

/** An intersessional working group to create: its code and names. */
record WorkingGroupRequest(@Nullable String code, @Nullable String nameEn, @Nullable String nameFr,
		@Nullable String nameEs) {
}
