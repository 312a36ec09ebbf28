package org.synergies.reporting;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What other modules ask of reporting, for the compilation: a cycle, who was expected to
 * report in it and how far each got, and what the accepted reports of a cycle hold. A
 * field counts only through the role its format gives it (see {@link FieldRole}); a
 * format without roles still compiles, without figures.
 */
public interface AcceptedReports {

	Optional<CycleView> cycle(UUID id);

	/**
	 * Every organization of the cycle: those that must report, those invited, and those
	 * that reported, with where each report stands.
	 */
	List<CycleRow> overview(UUID cycleId);

	/** The cycle with its rates, its format, and each accepted report's contents. */
	ReportedActivities of(UUID cycleId);

}
