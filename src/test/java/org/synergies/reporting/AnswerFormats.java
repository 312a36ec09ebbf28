package org.synergies.reporting;

import org.synergies.reporting.internal.ReportingChoices;
import java.util.List;

import org.mockito.Mockito;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.synergies.reference.ReferenceData;

/**
 * A format with one field of every type (and a group with a file), and the readers of its
 * answers without a Spring context: choices come from the format's own options.
 */
public final class AnswerFormats {

	private AnswerFormats() {
	}

	public static TemplateContent everyType() {
		return new TemplateContent("Every type", null, null, List.of(new TemplateSection("all", "All", null, null, null,
				null, null,
				List.of(field("title", FieldType.TEXT, true), field("summary", FieldType.LONG_TEXT, false),
						field("staffMonths", FieldType.NUMBER, false), field("budget", FieldType.MONEY, false),
						field("since", FieldType.DATE, false), choice("kind", FieldType.CHOICE),
						choice("topics", FieldType.MULTI_CHOICE), field("partner", FieldType.YES_NO, false),
						field("statutes", FieldType.FILE, false),
						new TemplateField("activities", FieldType.GROUP, "Activities", null, null, null, null, null,
								true, null, List.of(),
								List.of(field("name", FieldType.TEXT, false), field("report", FieldType.FILE, false)),
								null)))));
	}

	private static TemplateField field(String key, FieldType type, boolean required) {
		return new TemplateField(key, type, key, null, null, null, null, null, required, null, List.of(), List.of(),
				null);
	}

	private static TemplateField choice(String key, FieldType type) {
		return new TemplateField(key, type, key, null, null, null, null, null, false, ChoiceSource.OPTIONS,
				List.of(new Option("CASH", "Cash", "Espèces", "Efectivo"),
						new Option("IN_KIND", "In kind", "En nature", "En especie")),
				List.of(), null);
	}

	public static ReportingChoices choices() {
		return new ReportingChoices(Mockito.mock(ReferenceData.class), messages());
	}

	public static AnswerDisplay display() {
		return new AnswerDisplay(choices(), Mockito.mock(ReferenceData.class), messages());
	}

	private static ResourceBundleMessageSource messages() {
		ResourceBundleMessageSource messages = new ResourceBundleMessageSource();
		messages.setBasename("messages");
		messages.setDefaultEncoding("UTF-8");
		messages.setFallbackToSystemLocale(false);
		return messages;
	}

}
