package org.synergies.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The system's clock (UTC) moved by an offset, for a test that replaces the application's
 * {@link Clock} bean ({@code @TestBean}) and walks it across deadlines; reset the offset
 * after each test.
 */
public final class ShiftedClock extends Clock {

	public volatile Duration offset = Duration.ZERO;

	@Override
	public ZoneId getZone() {
		return ZoneOffset.UTC;
	}

	@Override
	public Clock withZone(ZoneId zone) {
		return this;
	}

	@Override
	public Instant instant() {
		return Instant.now().plus(this.offset);
	}

}
