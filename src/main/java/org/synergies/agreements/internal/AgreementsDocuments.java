package org.synergies.agreements.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.agreements.AgreementAccess;
import org.synergies.agreements.AgreementQuery;
import org.synergies.agreements.AgreementView;
import org.synergies.agreements.Agreements;
import org.synergies.documents.DocumentRenderer;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;

/**
 * The list of agreements as a UN information document, ready to annex to a progress
 * report, in DOCX, PDF or HTML and in English, French or Spanish, under the symbol the
 * Secretariat enters (optional). The public version leaves out the agreements under
 * negotiation; the Secretariat's version lists them too and is refused to anyone else.
 */
@Service
public class AgreementsDocuments {

	/** A generated file, ready to download. */
	public record Generated(byte[] content, String fileName, String mediaType) {
	}

	private static final String TEMPLATE = "agreements-list";

	private final Agreements agreements;

	private final AgreementAccess access;

	private final AgreementsDocumentModels models;

	private final DocumentRenderer renderer;

	AgreementsDocuments(Agreements agreements, AgreementAccess access, AgreementsDocumentModels models,
			DocumentRenderer renderer) {
		this.agreements = agreements;
		this.access = access;
		this.models = models;
		this.renderer = renderer;
	}

	/**
	 * @param language the document's language code ({@code en}, {@code fr}, {@code es});
	 * the reader's language when none is given
	 * @param format {@code docx}, {@code pdf} or {@code html}; DOCX when none is given
	 * @param internal the Secretariat's version, with the agreements under negotiation
	 * @throws InvalidInputException naming every parameter that is wrong
	 */
	@Transactional(readOnly = true)
	public Generated generate(@Nullable String symbol, @Nullable String language, @Nullable String format,
			Locale reader, boolean internal) {
		if (internal && !this.access.isSecretariat()) {
			throw new AccessDeniedException("agreements under negotiation are internal to the Secretariat");
		}
		List<FieldProblem> problems = new ArrayList<>();
		String checkedSymbol = symbol == null ? "" : symbol.strip();
		if (checkedSymbol.length() > 100) {
			problems.add(new FieldProblem("symbol", "validation.too-long-n", 100));
		}
		Language checkedLanguage = language == null || language.isBlank() ? Language.of(reader)
				: Language.fromCode(language).orElse(null);
		if (checkedLanguage == null) {
			problems.add(new FieldProblem("language", "validation.choose"));
		}
		AgreementsDocumentFormat checkedFormat = null;
		try {
			checkedFormat = AgreementsDocumentFormat.of(format);
		}
		catch (InvalidInputException invalid) {
			problems.addAll(invalid.problems());
		}
		if (!problems.isEmpty() || checkedLanguage == null || checkedFormat == null) {
			throw new InvalidInputException(problems);
		}
		List<AgreementView> listed = this.agreements.list(AgreementQuery.ALL)
			.stream()
			.filter(agreement -> internal || agreement.isPublic())
			.toList();
		AgreementsDocument document = this.models.model(listed, checkedSymbol, checkedLanguage, internal);
		byte[] content = switch (checkedFormat) {
			case DOCX -> AgreementsDocx.write(document, checkedLanguage.locale());
			case PDF -> this.renderer.pdf(TEMPLATE, checkedLanguage, Map.of("document", document));
			case HTML -> this.renderer.html(TEMPLATE, checkedLanguage, Map.of("document", document))
				.getBytes(StandardCharsets.UTF_8);
		};
		String name = "agreements-" + (internal ? "secretariat-" : "") + checkedLanguage.code() + "."
				+ checkedFormat.extension();
		return new Generated(content, name, checkedFormat.mediaType());
	}

}
