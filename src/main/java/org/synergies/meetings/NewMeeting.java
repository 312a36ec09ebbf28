package org.synergies.meetings;

import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;

public record NewMeeting(@Nullable UUID body, @Nullable Integer number, @Nullable LocalDate startsOn,
		@Nullable LocalDate endsOn, @Nullable String place, @Nullable String country) {
}
