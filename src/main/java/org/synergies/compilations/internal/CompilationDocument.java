package org.synergies.compilations.internal;

import java.util.List;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import org.synergies.documents.ColumnKind;

/**
 * The compiled information document as a model the DOCX, PDF and HTML renderings share:
 * the symbol, the cover lines, numbered parts with their tables, each organization's
 * contribution as received, and the annexes; {@code distribution} is the first page's
 * "Distr.: General". Public only so that the document template reads it.
 */
public record CompilationDocument(String symbol, String date, String original, String convention, String meeting,
		String title, String preparedBy, List<Part> parts, List<Contribution> contributions, String contributionsTitle,
		String contributionsIntro, List<Table> annexes, String distribution) {

	/** A part of the document: its heading, numbered paragraphs, then tables. */
	public record Part(String heading, List<String> paragraphs, List<Table> tables) {
	}

	/**
	 * A table: its caption, column headings, rows, and what each column holds (figures
	 * are right-aligned and narrow in every rendering).
	 */
	public record Table(String caption, List<String> headings, List<List<String>> rows, List<ColumnKind> kinds) {

		/** A table whose column kinds are read from its cells. */
		public Table(String caption, List<String> headings, List<List<String>> rows) {
			this(caption, headings, rows, ColumnKind.of(headings.size(), rows));
		}

		public boolean figure(int column) {
			return column < this.kinds.size() && this.kinds.get(column) == ColumnKind.FIGURE;
		}

	}

	/**
	 * One organization's report as received; {@code internal} when its text is not
	 * published.
	 */
	public record Contribution(String organization, @Nullable String country, boolean internal, String note,
			List<Section> sections) {
	}

	/**
	 * A section of a report: its answers, the entries of its large repeating groups (one
	 * block each), then its small repeating groups as tables.
	 */
	public record Section(String title, List<Entry> entries, List<Block> blocks, List<Table> groups) {
	}

	/**
	 * An entry of a repeating group with many fields (an activity): its title, its short
	 * answers on one line, its long answers as paragraphs.
	 */
	public record Block(String title, List<Entry> facts, List<Entry> texts) {

		public String factsLine() {
			return this.facts.stream()
				.map(fact -> fact.label() + ": " + fact.value())
				.collect(Collectors.joining(" · "));
		}

	}

	/** An answer: its label and value. */
	public record Entry(String label, String value) {
	}

}
