package org.synergies.reporting.internal;

import org.synergies.reporting.TemplateContent;
import org.synergies.reporting.ReportView;
import org.synergies.reporting.ReportAnswers;
import org.synergies.reporting.FieldType;
import org.synergies.reporting.Answer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.synergies.files.FileKind;
import org.synergies.files.FileOwner;
import org.synergies.files.StoredFile;
import org.synergies.files.StoredFiles;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;

/**
 * A report's own files: uploaded to it or carried forward to it from the report it was
 * started from. The server's link decides, never the answers' word alone.
 */
@Component
class ReportFiles {

	private static final Set<FileKind> FILE_KINDS = EnumSet.allOf(FileKind.class);

	private static final Pattern GROUPED = Pattern.compile("(\\w+)\\[([\\w-]+)\\]\\.(\\w+)");

	private final StoredFiles files;

	ReportFiles(StoredFiles files) {
		this.files = files;
	}

	boolean belongsTo(String file, UUID report) {
		try {
			return this.files.belongsTo(UUID.fromString(file), owner(report));
		}
		catch (IllegalArgumentException notAnId) {
			return false;
		}
	}

	/** The file answers naming a file that is not the report's own. */
	List<FieldProblem> foreign(UUID report, ReportAnswers answers) {
		return answers.files()
			.stream()
			.filter(file -> !belongsTo(file.id(), report))
			.map(file -> new FieldProblem(file.path(), "report.rule.foreign-file"))
			.toList();
	}

	/** The previous report's files, answered in the new one, now belong to it too. */
	void carryForward(ReportAnswers answers, UUID previous, UUID report) {
		for (ReportAnswers.FileAnswer file : answers.files()) {
			this.files.carryForward(UUID.fromString(file.id()), owner(previous), owner(report));
		}
	}

	/**
	 * Keeps an uploaded file and puts it in the answers at {@code path} ({@code fieldKey}
	 * or {@code groupKey[entryId].fieldKey}).
	 */
	ReportAnswers attach(UUID report, TemplateContent template, ReportAnswers answers, String path, String fileName,
			byte[] content) {
		FilePath target = FilePath.parse(path, template)
			.orElseThrow(
					() -> new InvalidInputException(List.of(new FieldProblem(path, "report.rule.no-such-file-field"))));
		StoredFile stored = this.files.keep(fileName, content, FILE_KINDS, owner(report));
		return target.put(answers, new Answer.File(stored.id().toString(), fileName));
	}

	/** A file of the report, if it is still one of its answers. */
	Optional<StoredFile> find(ReportView report, UUID file) {
		boolean answered = report.answers().files().stream().anyMatch(answer -> answer.id().equals(file.toString()));
		return answered ? this.files.findFor(file, owner(report.id())) : Optional.empty();
	}

	byte[] content(StoredFile file) {
		return this.files.content(file.id());
	}

	private static FileOwner owner(UUID report) {
		return new FileOwner(ReportingSteps.REPORT, report);
	}

	/** Where a file goes: a top-level field, or a field of one entry of a group. */
	private record FilePath(String field, @Nullable String group, @Nullable String entry) {

		static Optional<FilePath> parse(String path, TemplateContent template) {
			Matcher grouped = GROUPED.matcher(path);
			if (grouped.matches()) {
				return template.field(grouped.group(1))
					.flatMap(group -> group.field(grouped.group(3)))
					.filter(field -> field.type() == FieldType.FILE)
					.map(field -> new FilePath(field.key(), grouped.group(1), grouped.group(2)));
			}
			return template.field(path)
				.filter(field -> field.type() == FieldType.FILE)
				.map(field -> new FilePath(field.key(), null, null));
		}

		ReportAnswers put(ReportAnswers answers, Answer.File file) {
			if (this.group == null) {
				return answers.with(this.field, file);
			}
			List<Answer.Entry> entries = new ArrayList<>(answers.entries(this.group));
			for (int i = 0; i < entries.size(); i++) {
				Answer.Entry entry = entries.get(i);
				if (entry.id().equals(this.entry)) {
					Map<String, Answer> changed = new LinkedHashMap<>(entry.answers());
					changed.put(this.field, file);
					entries.set(i, new Answer.Entry(entry.id(), changed));
					return answers.with(this.group, new Answer.Group(entries));
				}
			}
			throw new InvalidInputException(List.of(new FieldProblem(this.group, "report.rule.no-such-entry")));
		}

	}

}
