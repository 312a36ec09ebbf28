package org.synergies.notifications.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.ContributionView.ContributionFile;
import org.synergies.notifications.CourtesyTranslation;
import org.synergies.notifications.TranslationAction;
import org.synergies.notifications.TranslationStatus;
import org.synergies.shared.Language;
import org.synergies.shared.RuleViolationException;

/**
 * The courtesy translation of a contribution into one official language, guarding its own
 * moves (see {@link TranslationAction}): nothing decided, not needed, requested, in
 * progress, received, checked. Never into the language the contribution is written in.
 * Version 0 stands for nothing recorded yet; each saved step adds one.
 */
public final class Translation {

	/** Who translates: an account with the translator role, or an external address. */
	public record Translator(@Nullable UUID account, String email, String name) {
	}

	private final UUID id;

	private final UUID contribution;

	private final Language language;

	private @Nullable TranslationStatus status;

	private @Nullable Translator translator;

	private @Nullable LocalDate dueOn;

	private @Nullable String text;

	private @Nullable ContributionFile file;

	private int ofRevision;

	private Instant updatedAt;

	private final long version;

	private Translation(UUID id, UUID contribution, Language language, @Nullable TranslationStatus status,
			@Nullable Translator translator, @Nullable LocalDate dueOn, @Nullable String text,
			@Nullable ContributionFile file, int ofRevision, Instant updatedAt, long version) {
		this.id = id;
		this.contribution = contribution;
		this.language = language;
		this.status = status;
		this.translator = translator;
		this.dueOn = dueOn;
		this.text = text;
		this.file = file;
		this.ofRevision = ofRevision;
		this.updatedAt = updatedAt;
		this.version = version;
	}

	/**
	 * Nothing decided yet for the contribution in this language; refused when it is the
	 * language the contribution is written in.
	 */
	public static Translation undecided(ContributionView contribution, Language language, Instant now) {
		if (language.code().equalsIgnoreCase(contribution.language())) {
			throw new RuleViolationException("notifications.translations.rule.source-language");
		}
		return new Translation(UUID.randomUUID(), contribution.id(), language, null, null, null, null, null,
				contribution.revision(), now, 0);
	}

	/** The translation as recorded. */
	public static Translation of(CourtesyTranslation recorded) {
		Translator translator = recorded.translatorEmail() == null ? null
				: new Translator(recorded.translatorAccount(), recorded.translatorEmail(),
						recorded.translatorName() == null ? recorded.translatorEmail() : recorded.translatorName());
		return new Translation(recorded.id(), recorded.contribution(), recorded.language(), recorded.status(),
				translator, recorded.dueOn(), recorded.text(), recorded.file(), recorded.ofRevision(),
				recorded.updatedAt(), recorded.version());
	}

	/**
	 * Asks a translator for it by a date (the caller checked the date is not past), of
	 * the contribution's current revision.
	 */
	public void request(Translator translator, LocalDate dueOn, int revision, Instant now) {
		move(TranslationAction.REQUEST, now);
		this.translator = translator;
		this.dueOn = dueOn;
		this.ofRevision = revision;
	}

	public void start(Instant now) {
		move(TranslationAction.START, now);
	}

	/** The translated text or file comes back (at least one of them). */
	public void submit(@Nullable String text, @Nullable ContributionFile file, Instant now) {
		if (text == null && file == null) {
			throw new IllegalArgumentException("a text or a file");
		}
		move(TranslationAction.SUBMIT, now);
		this.text = text;
		this.file = file;
	}

	public void check(Instant now) {
		move(TranslationAction.CHECK, now);
	}

	/** Back to the translator, of the contribution's current revision. */
	public void reopen(int revision, Instant now) {
		move(TranslationAction.REOPEN, now);
		this.ofRevision = revision;
	}

	public void notNeeded(Instant now) {
		move(TranslationAction.NOT_NEEDED, now);
	}

	private void move(TranslationAction action, Instant now) {
		if (!action.isAllowedFrom(this.status)) {
			throw new RuleViolationException("notifications.translations.rule.not-allowed");
		}
		this.status = action.target();
		this.updatedAt = now;
	}

	/** Whether the account is the translator it is assigned to. */
	public boolean isAssignedTo(UUID account) {
		return this.translator != null && account.equals(this.translator.account());
	}

	public UUID id() {
		return this.id;
	}

	public UUID contribution() {
		return this.contribution;
	}

	public Language language() {
		return this.language;
	}

	public @Nullable TranslationStatus status() {
		return this.status;
	}

	public @Nullable Translator translator() {
		return this.translator;
	}

	public long version() {
		return this.version;
	}

	/** As read, with the version it will have once saved. */
	public CourtesyTranslation toView() {
		if (this.status == null) {
			throw new IllegalStateException("nothing decided");
		}
		return new CourtesyTranslation(this.id, this.contribution, this.language, this.status,
				this.translator == null ? null : this.translator.account(),
				this.translator == null ? null : this.translator.email(),
				this.translator == null ? null : this.translator.name(), this.dueOn, this.text, this.file,
				this.ofRevision, this.updatedAt, this.version + 1);
	}

}
