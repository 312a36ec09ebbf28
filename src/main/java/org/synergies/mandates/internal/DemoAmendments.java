package org.synergies.mandates.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphKind;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.MeetingView;
import org.synergies.shared.Language;
import org.synergies.system.DemoData;

/**
 * The seed's Annex 1 as a draft amendment for COP13 to Resolution 11.10 (Rev.COP12)
 * (UNEP/CMS/COP13/Doc.18/Annex 1): paragraph 5 "Se félicite" becomes "Encourage", new
 * paragraphs 5.bis, 6.bis (NGO funding requests) and 6.ter (indigenous peoples, youth and
 * local communities), the note of the earlier repeals as 26.bis and paragraph 27
 * repealing Resolution 11.11; in French as in the seed, in English and Spanish as
 * translated for the demonstration.
 */
@Component
@DemoData
@Order(41)
class DemoAmendments implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoAmendments.class);

	private static final String TEXT = "mandates/amendments-11.10-cop13.txt";

	private static final Pattern CHANGE = Pattern.compile("(EDIT|INSERT) ([PO]) (\\S+) (.+?) \\| (.+)");

	private final Mandates mandates;

	private final Amendments amendments;

	private final GoverningBodies bodies;

	private final AmendmentRecords records;

	DemoAmendments(Mandates mandates, Amendments amendments, GoverningBodies bodies, AmendmentRecords records) {
		this.mandates = mandates;
		this.amendments = amendments;
		this.bodies = bodies;
		this.records = records;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments arguments) {
		MandateView resolution = this.mandates.list()
			.stream()
			.filter(mandate -> mandate.number().equals("11.10") && "COP12".equals(mandate.revision()))
			.findFirst()
			.orElse(null);
		MeetingView cop13 = this.bodies.meetings(null)
			.stream()
			.filter(meeting -> meeting.code().equals("COP13"))
			.findFirst()
			.orElse(null);
		if (resolution == null || cop13 == null
				|| !this.records.findByMandateIdOrderByCreatedAtDesc(resolution.id()).isEmpty()) {
			return;
		}
		AmendmentView amendment = this.amendments.draft(resolution.id(), cop13.id(), "UNEP/CMS/COP13/Doc.18/Annex 1");
		List<AmendmentOperation> operations = operations(read());
		for (AmendmentOperation operation : operations) {
			amendment = this.amendments.apply(amendment.id(), amendment.version(), operation);
		}
		log.info("Demo data: amendments to Resolution 11.10 (Rev.COP12) for COP13 seeded, {} changes",
				operations.size());
	}

	static List<AmendmentOperation> operations(List<String> lines) {
		List<AmendmentOperation> operations = new ArrayList<>();
		Language language = Language.EN;
		for (String line : lines) {
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (line.startsWith("[")) {
				language = Language.fromCode(line.substring(1, line.length() - 1)).orElseThrow();
				continue;
			}
			Matcher matcher = CHANGE.matcher(line);
			if (!matcher.matches()) {
				throw new IllegalStateException("not a change: " + line);
			}
			ParagraphKind kind = matcher.group(2).equals("P") ? ParagraphKind.PREAMBULAR : ParagraphKind.OPERATIVE;
			operations.add(matcher.group(1).equals("EDIT")
					? AmendmentOperation.edit(language, kind, matcher.group(3), matcher.group(4), matcher.group(5),
							null)
					: AmendmentOperation.insert(language, kind, matcher.group(3), matcher.group(4), matcher.group(5),
							null));
		}
		return operations;
	}

	static List<String> read() {
		try {
			return new ClassPathResource(TEXT).getContentAsString(StandardCharsets.UTF_8).lines().toList();
		}
		catch (IOException exception) {
			throw new UncheckedIOException(exception);
		}
	}

}
