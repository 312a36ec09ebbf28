package org.synergies.compilations.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import org.synergies.compilations.Compilation;
import org.synergies.compilations.internal.CompilationDocument.Table;
import org.synergies.reporting.CycleRow;
import org.synergies.shared.CountryCode;

/**
 * The compiled document's annexes: the exchange rates used, with their source and date,
 * and every organization expected to report, with how far its report got.
 */
final class Annexes {

	private Annexes() {
	}

	static Table rates(Compilation compilation, CodeNames names, Locale locale) {
		NumberFormat amounts = NumberFormat.getNumberInstance(locale);
		amounts.setMaximumFractionDigits(2);
		NumberFormat rates = NumberFormat.getNumberInstance(locale);
		rates.setMaximumFractionDigits(6);
		List<List<String>> rows = compilation.figures()
			.currencies()
			.stream()
			.map(total -> List.of(total.currency(), rates.format(total.usdPerUnit()),
					names.rateSource(total.rate(), locale), amounts.format(total.cash()),
					amounts.format(total.inKind())))
			.toList();
		return new Table(names.text(locale, "document.compilation.annex1"),
				List.of(names.text(locale, "document.compilation.currency"),
						names.text(locale, "document.compilation.rate"),
						names.text(locale, "document.compilation.rateSource"),
						names.text(locale, "document.compilation.cashIn"),
						names.text(locale, "document.compilation.inKindIn")),
				rows);
	}

	static Table organizations(List<CycleRow> expected, Compilation compilation, CodeNames names, Locale locale) {
		Set<UUID> compiled = compilation.reports()
			.stream()
			.map(report -> report.report().organization())
			.collect(Collectors.toSet());
		List<List<String>> rows = new ArrayList<>();
		for (CycleRow row : expected) {
			String progress = compiled.contains(row.organization())
					? names.text(locale, "document.compilation.progress.ACCEPTED")
					: names.text(locale, "document.compilation.progress." + row.progress().name());
			rows.add(List.of(row.organizationName(),
					row.country() == null ? "" : new CountryCode(row.country()).displayName(locale),
					names.text(locale, row.mustReport() ? "document.compilation.yes" : "document.compilation.no"),
					progress));
		}
		return new Table(names.text(locale, "document.compilation.annex2"),
				List.of(names.text(locale, "document.compilation.organization"),
						names.text(locale, "document.compilation.country"),
						names.text(locale, "document.compilation.accredited"),
						names.text(locale, "document.compilation.report")),
				rows);
	}

}
