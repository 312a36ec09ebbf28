package org.synergies.compilations.internal;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.compilations.internal.CompilationJobStore.UsedSymbol;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.reporting.CycleView;
import org.synergies.reporting.AcceptedReports;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.NotFoundException;

/**
 * The UN document symbol of a compilation. One document is one symbol: the same
 * compilation (a cycle, for the whole family or one instrument) keeps its symbol in every
 * language and when compiled again; any other compilation takes the next free
 * information-document number of the cycle's meeting, as the meeting's body numbers them
 * ("AEWA/MOP9 Inf.3"). A symbol another document already carries is refused.
 */
@Component
public class CompilationSymbols {

	private final CompilationJobStore store;

	private final AcceptedReports cycles;

	private final GoverningBodies bodies;

	CompilationSymbols(CompilationJobStore store, AcceptedReports cycles, GoverningBodies bodies) {
		this.store = store;
		this.cycles = cycles;
		this.bodies = bodies;
	}

	/**
	 * The symbol proposed for a compilation of a cycle: the one it already has, or the
	 * next free information-document number of the cycle's meeting.
	 */
	public String propose(UUID cycle, @Nullable String instrument) {
		List<UsedSymbol> used = this.store.symbolsInUse();
		Optional<UsedSymbol> same = used.stream()
			.filter(symbol -> symbol.cycle().equals(cycle) && Objects.equals(symbol.instrument(), instrument))
			.findFirst();
		if (same.isPresent()) {
			return same.get().symbol();
		}
		CycleView found = this.cycles.cycle(cycle).orElseThrow(() -> new NotFoundException("reporting-cycle", cycle));
		MeetingView meeting = this.bodies.meeting(found.meeting())
			.orElseThrow(() -> new NotFoundException("meeting", found.meeting()));
		GoverningBody body = this.bodies.body(meeting.body())
			.orElseThrow(() -> new NotFoundException("governing-body", meeting.body()));
		Set<String> taken = used.stream().map(symbol -> normalized(symbol.symbol())).collect(Collectors.toSet());
		int n = 1;
		while (taken.contains(normalized(body.informationDocument(meeting, n)))) {
			n++;
		}
		return body.informationDocument(meeting, n);
	}

	/**
	 * Refuses a symbol that another document carries: a compilation of another cycle, or
	 * of the same cycle for another scope.
	 */
	public void requireFree(UUID cycle, @Nullable String instrument, String symbol) {
		this.store.symbolsInUse()
			.stream()
			.filter(used -> normalized(used.symbol()).equals(normalized(symbol)))
			.filter(used -> !used.cycle().equals(cycle) || !Objects.equals(used.instrument(), instrument))
			.findFirst()
			.ifPresent(used -> {
				String meeting = this.cycles.cycle(used.cycle()).map(CycleView::meetingCode).orElse("?");
				throw new InvalidInputException(
						List.of(new FieldProblem("symbol", "compilation.rule.symbol-taken", symbol.strip(), meeting)));
			});
	}

	/** Symbols compare without regard to case or runs of spaces ("Inf.3", "inf. 3"). */
	private static String normalized(String symbol) {
		return symbol.strip().toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
	}

}
