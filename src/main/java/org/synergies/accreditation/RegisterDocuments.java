package org.synergies.accreditation;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Service;
import org.synergies.documents.DocumentRenderer;
import org.synergies.documents.DocxWriter;
import org.synergies.shared.CountryCode;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.UnDates;

/**
 * The register of accredited NGO partners as a document for the Standing Committee or the
 * COP: the UN document symbol the Secretariat enters, the date, numbered paragraphs and
 * the table of accreditations in force, with headings and boilerplate in English, French
 * or Spanish. DOCX (to edit further) or PDF (fonts embedded).
 */
@Service
public class RegisterDocuments {

	/** A generated file, ready to download. */
	public record Generated(byte[] content, String fileName, String mediaType) {
	}

	public enum Format {

		DOCX("application/vnd.openxmlformats-officedocument.wordprocessingml.document"), PDF("application/pdf");

		private final String mediaType;

		Format(String mediaType) {
			this.mediaType = mediaType;
		}

	}

	/** One line of the register's table, already worded for the document's language. */
	public record Row(int number, String organization, String country, String validFrom, String validUntil, int process,
			String decision) {
	}

	private final AccreditationRegister register;

	private final DocumentRenderer renderer;

	private final MessageSource messages;

	private final Clock clock;

	RegisterDocuments(AccreditationRegister register, DocumentRenderer renderer, MessageSource messages, Clock clock) {
		this.register = register;
		this.renderer = renderer;
		this.messages = messages;
		this.clock = clock;
	}

	public Generated generate(@Nullable String symbol, Language language, Format format) {
		if (symbol == null || symbol.isBlank()) {
			throw new InvalidInputException(List.of(new FieldProblem("symbol", "validation.required")));
		}
		if (symbol.strip().length() > 100) {
			throw new InvalidInputException(List.of(new FieldProblem("symbol", "validation.too-long-n", 100)));
		}
		Locale locale = language.locale();
		List<Row> rows = new ArrayList<>();
		for (AccreditationView accreditation : this.register.inForce()) {
			rows.add(new Row(rows.size() + 1, accreditation.organizationName(),
					accreditation.country() == null ? "" : new CountryCode(accreditation.country()).displayName(locale),
					UnDates.date(accreditation.validFrom(), language),
					UnDates.date(accreditation.validUntil(), language), accreditation.processNumber(),
					accreditation.decisionReference()));
		}
		// the register is prepared in English: every rendering says so in its own
		// language
		String original = Language.EN.locale().getDisplayLanguage(locale);
		Map<String, Object> model = Map.of("symbol", symbol.strip(), "date",
				UnDates.date(LocalDate.now(this.clock), language), "rows", rows, "original", original);
		String name = "register-accredited-ngos-" + language.code() + "." + format.name().toLowerCase(Locale.ROOT);
		byte[] content = format == Format.PDF ? this.renderer.pdf("accreditation-register", language, model)
				: docx(symbol.strip(), UnDates.date(LocalDate.now(this.clock), language), original, rows, locale);
		return new Generated(content, name, format.mediaType);
	}

	private byte[] docx(String symbol, String date, String original, List<Row> rows, Locale locale) {
		try (DocxWriter document = new DocxWriter(locale)) {
			document
				.firstPage(text("document.register.convention", locale), symbol, text("document.distribution", locale),
						date, text("document.register.original", locale, original))
				.title(text("document.register.title", locale))
				.numbered(text("document.register.paragraph1", locale, rows.size()))
				.numbered(text("document.register.paragraph2", locale, rows.size()));
			List<String> headings = List
				.of("document.register.number", "document.register.organization", "document.register.country",
						"document.register.validFrom", "document.register.validUntil", "document.register.process",
						"document.register.decision")
				.stream()
				.map(key -> text(key, locale))
				.toList();
			document.table("", headings,
					rows.stream()
						.map(row -> List.of(String.valueOf(row.number()), row.organization(), row.country(),
								row.validFrom(), row.validUntil(), String.valueOf(row.process()), row.decision()))
						.toList());
			return document.toBytes();
		}
	}

	private String text(String key, Locale locale, Object... arguments) {
		return this.messages.getMessage(key, arguments, locale);
	}

}
