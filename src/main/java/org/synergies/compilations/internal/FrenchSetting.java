package org.synergies.compilations.internal;

import java.util.List;
import java.util.function.UnaryOperator;

import org.synergies.compilations.internal.CompilationDocument.Block;
import org.synergies.compilations.internal.CompilationDocument.Contribution;
import org.synergies.compilations.internal.CompilationDocument.Entry;
import org.synergies.compilations.internal.CompilationDocument.Part;
import org.synergies.compilations.internal.CompilationDocument.Section;
import org.synergies.compilations.internal.CompilationDocument.Table;
import org.synergies.shared.FrenchTypography;

/**
 * Sets the French document in French typography ({@link FrenchTypography}): no-break
 * spaces before {@code : ; ! ?} and inside « », the apostrophe after an elided article.
 * Every writer (DOCX, PDF, HTML) reads the same set text. What organizations wrote is
 * reproduced as received; only the words of the document around it are set. A label that
 * the writers follow with a colon ("Label: value") carries the no-break space the French
 * colon needs.
 */
final class FrenchSetting {

	private FrenchSetting() {
	}

	static CompilationDocument set(CompilationDocument document) {
		UnaryOperator<String> set = FrenchTypography::apply;
		return new CompilationDocument(document.symbol(), set.apply(document.date()), set.apply(document.original()),
				set.apply(document.convention()), set.apply(document.meeting()), set.apply(document.title()),
				set.apply(document.preparedBy()), document.parts().stream().map(FrenchSetting::part).toList(),
				document.contributions().stream().map(FrenchSetting::contribution).toList(),
				set.apply(document.contributionsTitle()), set.apply(document.contributionsIntro()),
				document.annexes().stream().map(table -> table(table, true)).toList(),
				set.apply(document.distribution()));
	}

	private static Part part(Part part) {
		return new Part(FrenchTypography.apply(part.heading()), all(part.paragraphs()),
				part.tables().stream().map(table -> table(table, true)).toList());
	}

	private static Table table(Table table, boolean generated) {
		return new Table(FrenchTypography.apply(table.caption()), all(table.headings()),
				generated ? table.rows().stream().map(FrenchSetting::all).toList() : table.rows(), table.kinds());
	}

	private static Contribution contribution(Contribution contribution) {
		return new Contribution(contribution.organization(), contribution.country(), contribution.internal(),
				FrenchTypography.apply(contribution.note()),
				contribution.sections().stream().map(FrenchSetting::section).toList());
	}

	private static Section section(Section section) {
		return new Section(FrenchTypography.apply(section.title()),
				section.entries().stream().map(FrenchSetting::labelled).toList(),
				section.blocks()
					.stream()
					.map(block -> new Block(block.title(), block.facts().stream().map(FrenchSetting::labelled).toList(),
							block.texts()))
					.toList(),
				section.groups().stream().map(table -> table(table, false)).toList());
	}

	private static Entry labelled(Entry entry) {
		return new Entry(FrenchTypography.apply(entry.label()) + '\u00a0', entry.value());
	}

	private static List<String> all(List<String> texts) {
		return texts.stream().map(FrenchTypography::apply).toList();
	}

}
