package org.synergies.notifications;

import java.util.EnumSet;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What is done to a courtesy translation, from which statuses ({@code null}: nothing
 * decided yet), to which status. The Secretariat requests, checks, reopens and says a
 * translation is not needed; the translator (or the Secretariat for them) starts and
 * submits.
 */
public enum TranslationAction {

	/**
	 * Asks a translator for it, by a date; asked again, names another translator or date.
	 */
	REQUEST(TranslationStatus.REQUESTED, true, EnumSet.of(TranslationStatus.NOT_NEEDED, TranslationStatus.REQUESTED)),
	/** The translator starts working on it. */
	START(TranslationStatus.IN_PROGRESS, false, EnumSet.of(TranslationStatus.REQUESTED)),
	/** The translated text or file comes back. */
	SUBMIT(TranslationStatus.RECEIVED, false, EnumSet.of(TranslationStatus.REQUESTED, TranslationStatus.IN_PROGRESS)),
	/** The Secretariat checked it: it may be compiled as it is. */
	CHECK(TranslationStatus.CHECKED, false, EnumSet.of(TranslationStatus.RECEIVED)),
	/** It failed the check (or the contribution changed): back to the translator. */
	REOPEN(TranslationStatus.IN_PROGRESS, false, EnumSet.of(TranslationStatus.RECEIVED, TranslationStatus.CHECKED)),
	/** Not needed in this language; a request made is withdrawn. */
	NOT_NEEDED(TranslationStatus.NOT_NEEDED, true,
			EnumSet.of(TranslationStatus.REQUESTED, TranslationStatus.IN_PROGRESS));

	private final TranslationStatus target;

	private final boolean fromUndecided;

	private final Set<TranslationStatus> from;

	TranslationAction(TranslationStatus target, boolean fromUndecided, Set<TranslationStatus> from) {
		this.target = target;
		this.fromUndecided = fromUndecided;
		this.from = from;
	}

	public TranslationStatus target() {
		return this.target;
	}

	/** Whether it may be done from the status ({@code null}: nothing decided yet). */
	public boolean isAllowedFrom(@Nullable TranslationStatus status) {
		return status == null ? this.fromUndecided : this.from.contains(status);
	}

	/** Done by the Secretariat only (the others by the assigned translator too). */
	public boolean isSecretariats() {
		return this != START && this != SUBMIT;
	}

	/** As written in the API and in forms: {@code request}, {@code not-needed}. */
	public String code() {
		return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
	}

	public static java.util.Optional<TranslationAction> fromCode(@Nullable String code) {
		return java.util.Arrays.stream(values())
			.filter(action -> action.code().equalsIgnoreCase(code == null ? "" : code.strip()))
			.findFirst();
	}

}
