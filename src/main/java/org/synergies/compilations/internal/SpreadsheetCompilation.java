package org.synergies.compilations.internal;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;
import org.synergies.compilations.Compilation;
import org.synergies.compilations.Compilation.Dimension;
import org.synergies.compilations.Compilation.Row;
import org.synergies.documents.Spreadsheets;
import org.synergies.reporting.ExchangeRate;

/**
 * The data under the compiled document, for those who count again: one row per activity
 * and per financial line with the rate it was converted at (CSV), the figures on a second
 * sheet and the rates with their sources on a third (XLSX).
 */
@Component
class SpreadsheetCompilation {

	private static final List<String> COLUMNS = List.of("record", "organization", "report", "activity", "activityTitle",
			"instruments", "regions", "speciesGroups", "targets", "countries", "kind", "amount", "currency",
			"usdPerUnit", "rateSource", "rateSourceDescription", "rateAppliesOn", "usd");

	private final CodeNames names;

	SpreadsheetCompilation(CodeNames names) {
		this.names = names;
	}

	byte[] xlsx(Compilation compilation, Locale locale) {
		return write(out -> Spreadsheets
			.xlsx(List.of(data(compilation), figures(compilation, locale), rates(compilation, locale)), out));
	}

	byte[] csv(Compilation compilation) {
		return write(out -> Spreadsheets.csv(data(compilation), out));
	}

	private interface Writing {

		void to(ByteArrayOutputStream out) throws IOException;

	}

	private static byte[] write(Writing writing) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			writing.to(out);
			return out.toByteArray();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

	private static Spreadsheets.Table data(Compilation compilation) {
		Consumer<Consumer<List<?>>> rows = row -> {
			for (Compilation.Activity activity : compilation.activities()) {
				row.accept(List.of("ACTIVITY", activity.organizationName(), activity.report().toString(), activity.id(),
						activity.title(), codes(activity.tags(Dimension.INSTRUMENT)),
						codes(activity.tags(Dimension.REGION)), codes(activity.tags(Dimension.SPECIES_GROUP)),
						codes(activity.tags(Dimension.TARGET)), codes(activity.countries()), "", "", "", "", "", "", "",
						""));
			}
			for (Compilation.Line line : compilation.lines()) {
				ExchangeRate rate = line.rate();
				row.accept(List.of(line.kind().name(), line.organizationName(), line.report().toString(),
						line.activity() == null ? "" : line.activity(),
						line.activityTitle() == null ? "" : line.activityTitle(),
						codes(line.tags(Dimension.INSTRUMENT)), codes(line.tags(Dimension.REGION)),
						codes(line.tags(Dimension.SPECIES_GROUP)), codes(line.tags(Dimension.TARGET)), "",
						line.kind().name(), line.amount(), line.currency(),
						rate == null ? BigDecimal.ONE : plain(rate.usdPerUnit()),
						rate == null ? "" : rate.source().name(),
						rate == null || rate.sourceDescription() == null ? "" : rate.sourceDescription(),
						rate == null ? "" : rate.appliesOn().toString(), rounded(line.usd())));
			}
		};
		return new Spreadsheets.Table("data", COLUMNS, rows);
	}

	private Spreadsheets.Table figures(Compilation compilation, Locale locale) {
		return new Spreadsheets.Table("figures",
				List.of("dimension", "code", "name", "activities", "cashUsd", "inKindUsd", "totalUsd"), rows -> {
					Compilation.Figures figures = compilation.figures();
					rows.accept(List.of("TOTAL", "", this.names.text(locale, "document.compilation.total"),
							figures.activities(), rounded(figures.cashUsd()), rounded(figures.inKindUsd()),
							rounded(figures.totalUsd())));
					for (Dimension dimension : Dimension.values()) {
						for (Row row : figures.by(dimension)) {
							rows.accept(List.of(dimension.name(), row.code(),
									this.names.codeName(dimension, row.code(), locale), row.activities(),
									rounded(row.cashUsd()), rounded(row.inKindUsd()), rounded(row.totalUsd())));
						}
					}
				});
	}

	/**
	 * Each currency reported, the rate it was converted at, and where the rate comes
	 * from.
	 */
	private Spreadsheets.Table rates(Compilation compilation, Locale locale) {
		return new Spreadsheets.Table("rates", List.of("currency", "usdPerUnit", "rateSource", "rateSourceDescription",
				"rateAppliesOn", "source", "cash", "inKind"), rows -> {
					for (Compilation.CurrencyTotal total : compilation.figures().currencies()) {
						ExchangeRate rate = total.rate();
						rows.accept(List.of(total.currency(), plain(total.usdPerUnit()),
								rate == null ? "" : rate.source().name(),
								rate == null || rate.sourceDescription() == null ? "" : rate.sourceDescription(),
								rate == null ? "" : rate.appliesOn().toString(), this.names.rateSource(rate, locale),
								total.cash(), total.inKind()));
					}
				});
	}

	/** A rate without the zeros its column pads it with: 1.08, not 1.080000000000. */
	private static BigDecimal plain(BigDecimal rate) {
		BigDecimal stripped = rate.stripTrailingZeros();
		return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
	}

	private static BigDecimal rounded(BigDecimal amount) {
		return amount.setScale(2, RoundingMode.HALF_EVEN);
	}

	private static String codes(Set<String> codes) {
		return codes.stream().sorted().collect(Collectors.joining(" "));
	}

}
