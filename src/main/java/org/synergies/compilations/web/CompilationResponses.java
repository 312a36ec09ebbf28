package org.synergies.compilations.web;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.Compilation.Kind;
import org.synergies.compilations.CompilationFormat;
import org.synergies.compilations.CompilationJob;
import org.synergies.reporting.ExchangeRate;
import org.synergies.reporting.RateSource;
import org.synergies.shared.Language;

/** The API's own shapes of figures, lines and jobs (schema names are global). */
final class CompilationResponses {

	private CompilationResponses() {
	}

	/**
	 * Asks for a compilation of a cycle, for one instrument or (none) the CMS Family, in
	 * a language; {@code original} is the language the document was prepared in (English
	 * when none), which every rendering states.
	 */
	record CompilationRequest(UUID cycle, @Nullable String instrument, @Nullable Language language,
			@Nullable String symbol, @Nullable Language original) {
	}

	/** The combined figures of a cycle in US dollars. */
	record FiguresResponse(BigDecimal cashUsd, BigDecimal inKindUsd, BigDecimal totalUsd, int activities, int countries,
			int organizations, BigDecimal staffMonths, Map<Dimension, List<FigureRowResponse>> breakdowns,
			List<CurrencyTotalResponse> currencies) {

		static FiguresResponse of(Compilation.Figures figures) {
			Map<Dimension, List<FigureRowResponse>> breakdowns = new EnumMap<>(Dimension.class);
			figures.breakdowns()
				.forEach((dimension, rows) -> breakdowns.put(dimension,
						rows.stream()
							.map(row -> new FigureRowResponse(row.code(), row.cashUsd(), row.inKindUsd(),
									row.totalUsd(), row.activities()))
							.toList()));
			return new FiguresResponse(figures.cashUsd(), figures.inKindUsd(), figures.totalUsd(), figures.activities(),
					figures.countries(), figures.organizations(), figures.staffMonths(), breakdowns,
					figures.currencies()
						.stream()
						.map(total -> new CurrencyTotalResponse(total.currency(), total.cash(), total.inKind(),
								total.usdPerUnit(), FigureRateResponse.of(total.rate())))
						.toList());
		}

	}

	/** A code of a breakdown (empty: money funding no particular activity). */
	record FigureRowResponse(String code, BigDecimal cashUsd, BigDecimal inKindUsd, BigDecimal totalUsd,
			int activities) {
	}

	/** What was reported in one currency, and its rate (none for US dollars). */
	record CurrencyTotalResponse(String currency, BigDecimal cash, BigDecimal inKind, BigDecimal usdPerUnit,
			@Nullable FigureRateResponse rate) {
	}

	/**
	 * The rate an amount was converted at: US dollars for one unit, its source (the UN
	 * operational rate of exchange of the month `appliesOn` begins, or another source
	 * named, on that day). None for an amount in US dollars, counted as it is.
	 */
	record FigureRateResponse(BigDecimal usdPerUnit, RateSource source, @Nullable String sourceDescription,
			LocalDate appliesOn) {

		static @Nullable FigureRateResponse of(@Nullable ExchangeRate rate) {
			return rate == null ? null : new FigureRateResponse(rate.usdPerUnit(), rate.source(),
					rate.sourceDescription(), rate.appliesOn());
		}

	}

	/** A financial line behind a figure, converted to US dollars at the rate named. */
	record FigureLineResponse(UUID report, String organizationName, String id, Kind kind, BigDecimal amount,
			String currency, BigDecimal usd, @Nullable FigureRateResponse rate, @Nullable String activity,
			@Nullable String activityTitle, Map<Dimension, Set<String>> tags) {

		static FigureLineResponse of(Compilation.Line line) {
			return new FigureLineResponse(line.report(), line.organizationName(), line.id(), line.kind(), line.amount(),
					line.currency(), line.usd(), FigureRateResponse.of(line.rate()), line.activity(),
					line.activityTitle(), line.tags());
		}

	}

	/** A compilation in the background: how far it is, and the formats it left. */
	record CompilationJobResponse(UUID id, UUID cycle, @Nullable String instrument, Language language, String symbol,
			CompilationJob.Status status, @Nullable String step, int progress, @Nullable String error,
			List<String> errorArguments, String requestedBy, Instant requestedAt, @Nullable Instant finishedAt,
			List<CompilationFormat> formats, Language original) {

		static CompilationJobResponse of(CompilationJob job) {
			return new CompilationJobResponse(job.id(), job.cycle(), job.instrument(), job.language(), job.symbol(),
					job.status(), job.step(), job.progress(), job.error(), job.errorArguments(), job.requestedBy(),
					job.requestedAt(), job.finishedAt(), job.formats(), job.original());
		}

	}

}
