package org.synergies.reporting.internal;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ExchangeRate;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * The exchange rates of a cycle as the Secretariat enters them: each with its source and
 * the month or day it applies to, who entered it and when; every change is on the cycle's
 * audit trail. US dollars need none.
 */
@Service
public class CycleRates {

	private final ReportingSteps steps;

	private final ReportingCycles cycles;

	private final Clock clock;

	CycleRates(ReportingSteps steps, ReportingCycles cycles, Clock clock) {
		this.steps = steps;
		this.cycles = cycles;
		this.clock = clock;
	}

	/** Replaces every rate of the cycle with these, all from one source. */
	@Transactional
	public CycleView replace(UUID id, Map<String, BigDecimal> rates, RateOrigin origin) {
		List<ExchangeRate> entered = check(rates, origin);
		return change(id, "rates-set", cycle -> cycle.setRates(entered, now()));
	}

	/**
	 * Adds these rates, all from one source, or replaces those of the same currencies.
	 */
	@Transactional
	public CycleView enter(UUID id, Map<String, BigDecimal> rates, RateOrigin origin) {
		if (rates.isEmpty()) {
			throw new InvalidInputException(List.of(new FieldProblem("rates", "validation.required")));
		}
		List<ExchangeRate> entered = check(rates, origin);
		return change(id, "rates-entered", cycle -> cycle.enterRates(entered, now()));
	}

	/** Removes the rate of a currency. */
	@Transactional
	public CycleView remove(UUID id, String currency) {
		String code = currency.strip().toUpperCase(Locale.ROOT);
		if (!this.steps.cycle(id).rates().containsKey(code)) {
			throw new NotFoundException("exchange-rate", code);
		}
		return change(id, "rate-removed", cycle -> cycle.removeRate(code, now()));
	}

	private List<ExchangeRate> check(Map<String, BigDecimal> rates, RateOrigin origin) {
		return RateEntries.check(rates, origin, LocalDate.now(this.clock),
				CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat"), now());
	}

	private CycleView change(UUID id, String action, java.util.function.Consumer<ReportingCycle> change) {
		this.steps.changeCycle(id, null, action, change);
		return this.cycles.find(id).orElseThrow(() -> new NotFoundException(ReportingSteps.CYCLE, id));
	}

	private Instant now() {
		return Instant.now(this.clock).truncatedTo(ChronoUnit.MICROS);
	}

}
