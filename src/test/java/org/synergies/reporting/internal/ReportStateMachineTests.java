package org.synergies.reporting.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.ReportStatus;
import org.synergies.reporting.Visibility;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.RuleViolationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

/**
 * Every action from every status, on every kind of day (before the cycle opens, while it
 * is open, on the last day, after the deadline, after it with an extension), with
 * complete and incomplete answers: the allowed moves reach their status, the others are
 * refused with the rule they break and change nothing.
 */
class ReportStateMachineTests {

	static final Instant NOW = Instant.parse("2026-05-01T10:00:00Z");

	static final UUID ORGANIZATION = UUID.randomUUID();

	static final LocalDate OPENS_ON = LocalDate.parse("2026-03-01");

	static final LocalDate DEADLINE = LocalDate.parse("2026-04-30");

	/** The day the report is acted on, and whether the organization has an extension. */
	enum Day {

		BEFORE_OPENING(OPENS_ON.minusDays(1), null), OPEN(DEADLINE.minusDays(10), null), LAST_DAY(DEADLINE, null),
		AFTER_DEADLINE(DEADLINE.plusDays(1), null), AFTER_DEADLINE_EXTENDED(DEADLINE.plusDays(1), DEADLINE.plusDays(7)),
		AFTER_EXTENSION(DEADLINE.plusDays(8), DEADLINE.plusDays(7));

		final LocalDate today;

		final @Nullable LocalDate extension;

		Day(LocalDate today, @Nullable LocalDate extension) {
			this.today = today;
			this.extension = extension;
		}

		ReportingDeadline deadline() {
			Map<UUID, LocalDate> extensions = this.extension == null ? Map.of() : Map.of(ORGANIZATION, this.extension);
			CycleView cycle = new CycleView(UUID.randomUUID(), UUID.randomUUID(), "COP15", DEADLINE.plusMonths(3),
					UUID.randomUUID(), 1, OPENS_ON, DEADLINE, List.of(), List.of(), Set.of(), Map.of(), extensions, 0);
			return ReportingDeadline.of(cycle, ORGANIZATION, this.today);
		}

	}

	static Stream<Arguments> everyActionFromEveryStatusOnEveryDay() {
		List<Arguments> cases = new ArrayList<>();
		for (ReportAction action : ReportAction.values()) {
			for (ReportStatus status : ReportStatus.values()) {
				for (Day day : Day.values()) {
					for (boolean complete : new boolean[] { true, false }) {
						cases.add(Arguments.of(action, status, day, complete));
					}
				}
			}
		}
		return cases.stream();
	}

	@ParameterizedTest(name = "{0} from {1}, {2}, complete: {3}")
	@MethodSource("everyActionFromEveryStatusOnEveryDay")
	void followsTheStateMachine(ReportAction action, ReportStatus from, Day day, boolean complete) {
		Report report = in(from);
		ReportingDeadline deadline = day.deadline();
		String refusal = expectedRefusal(action, from, day, complete);
		boolean offered = report.allows(action, deadline);

		Throwable thrown = catchThrowable(() -> perform(action, report, deadline, complete));

		if (refusal == null) {
			assertThat(thrown).isNull();
			assertThat(report.status()).isEqualTo(expectedTarget(action, from));
			assertThat(offered).as("a page offers it").isTrue();
		}
		else {
			assertThat(thrown).isNotNull();
			assertThat(messageKey(thrown)).isEqualTo(refusal);
			assertThat(report.status()).as("a refused move changes nothing").isEqualTo(from);
			assertThat(report.answers()).as("a refused move changes nothing").isEqualTo("{}");
			if (thrown instanceof RuleViolationException) {
				assertThat(offered).as("a page does not offer it").isFalse();
			}
		}
	}

	@Test
	void aReportReturnedAfterTheDeadlineNeedsALaterDateToAnswerBy() {
		ReportingDeadline past = Day.AFTER_DEADLINE.deadline();
		Report report = in(ReportStatus.SUBMITTED);

		assertThatThrownBy(() -> report.returnWith("Please add figures", "Secretariat", DEADLINE, past, NOW))
			.isInstanceOf(InvalidInputException.class);
		report.returnWith("Please add figures", "Secretariat", DEADLINE.plusDays(14), past, NOW);

		assertThat(report.status()).isEqualTo(ReportStatus.RETURNED);
		assertThat(past.isExtendedBy(DEADLINE.plusDays(14))).isTrue();
	}

	@Test
	void aReturnNeedsAComment() {
		Report report = in(ReportStatus.SUBMITTED);

		assertThatThrownBy(() -> report.returnWith(" ", "Secretariat", null, Day.OPEN.deadline(), NOW))
			.isInstanceOf(InvalidInputException.class);
		assertThat(report.status()).isEqualTo(ReportStatus.SUBMITTED);
	}

	@Test
	void answersNamingAnotherReportsFileAreNotSaved() {
		Report report = in(ReportStatus.DRAFT);
		ReportFormat foreign = format(true, List.of(new FieldProblem("statutes", "report.rule.foreign-file")));

		Throwable thrown = catchThrowable(() -> report.write("{\"statutes\":{}}", foreign, Day.OPEN.deadline(), NOW));

		assertThat(messageKey(thrown)).isEqualTo("report.rule.foreign-file");
		assertThat(report.answers()).isEqualTo("{}");
	}

	@Test
	void theDeadlineIsTheOrganizationsExtensionWhenLaterAndTheCyclesOtherwise() {
		assertThat(Day.AFTER_DEADLINE_EXTENDED.deadline().closesOn()).isEqualTo(DEADLINE.plusDays(7));
		assertThat(Day.AFTER_DEADLINE.deadline().closesOn()).isEqualTo(DEADLINE);
		assertThat(Day.LAST_DAY.deadline().isOpen()).isTrue();
		assertThat(Day.AFTER_DEADLINE.deadline().isOpen()).isFalse();
		assertThat(Day.BEFORE_OPENING.deadline().isOpen()).isFalse();
	}

	/** What the rules say, written out here rather than asked of the report. */
	private static @Nullable String expectedRefusal(ReportAction action, ReportStatus from, Day day, boolean complete) {
		boolean writable = from == ReportStatus.DRAFT || from == ReportStatus.RETURNED;
		return switch (action) {
			case SAVE, SUBMIT -> {
				if (day == Day.BEFORE_OPENING) {
					yield "report.rule.not-open-yet";
				}
				if (day == Day.AFTER_DEADLINE || day == Day.AFTER_EXTENSION) {
					yield "report.rule.locked";
				}
				if (!writable) {
					yield "report.rule.not-editable";
				}
				yield action == ReportAction.SUBMIT && !complete ? "validation.required" : null;
			}
			case RETURN -> {
				if (from != ReportStatus.SUBMITTED) {
					yield "report.rule.return-only-submitted";
				}
				yield day == Day.AFTER_DEADLINE || day == Day.AFTER_EXTENSION ? "report.rule.answer-by-needed" : null;
			}
			case ACCEPT -> from == ReportStatus.SUBMITTED ? null : "report.rule.accept-only-submitted";
			case PUBLISH -> from == ReportStatus.ACCEPTED ? null : "report.rule.publish-only-accepted";
		};
	}

	private static ReportStatus expectedTarget(ReportAction action, ReportStatus from) {
		return switch (action) {
			case SAVE -> from;
			case SUBMIT -> ReportStatus.SUBMITTED;
			case RETURN -> ReportStatus.RETURNED;
			case ACCEPT, PUBLISH -> ReportStatus.ACCEPTED;
		};
	}

	private static void perform(ReportAction action, Report report, ReportingDeadline deadline, boolean complete) {
		ReportFormat format = format(complete, List.of());
		switch (action) {
			case SAVE -> report.write("{\"name\":\"Friends of the Bat\"}", format, deadline, NOW);
			case SUBMIT -> report.submit(format, deadline, NOW);
			case RETURN -> report.returnWith("Please add figures", "Secretariat", null, deadline, NOW);
			case ACCEPT -> report.accept(Visibility.PUBLIC, deadline, NOW);
			case PUBLISH -> report.show(Visibility.PUBLIC, deadline, NOW);
		}
	}

	private static ReportFormat format(boolean complete, List<FieldProblem> foreignFiles) {
		return new ReportFormat() {

			@Override
			public List<FieldProblem> incompleteness(String answers) {
				return complete ? List.of() : List.of(new FieldProblem("name", "validation.required"));
			}

			@Override
			public List<FieldProblem> foreignFiles(String answers) {
				return foreignFiles;
			}

		};
	}

	private static String messageKey(Throwable thrown) {
		if (thrown instanceof RuleViolationException rule) {
			return rule.messageKey();
		}
		if (thrown instanceof InvalidInputException invalid) {
			return invalid.problems().get(0).messageKey();
		}
		throw new AssertionError("unexpected " + thrown, thrown);
	}

	private static Report in(ReportStatus status) {
		return new Report(UUID.randomUUID(), UUID.randomUUID(), ORGANIZATION, UUID.randomUUID(), status, "{}",
				Visibility.INTERNAL, null, new ArrayList<>(), new ArrayList<>(), null, null, NOW, NOW, 1L);
	}

}
