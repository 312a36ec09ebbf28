package org.synergies.notifications;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.synergies.accounts.CurrentUser;
import org.synergies.audit.AuditTrail;
import org.synergies.notifications.NotificationCompilation.Format;
import org.synergies.notifications.internal.AsReceivedJobs;
import org.synergies.notifications.internal.AsReceivedModel;
import org.synergies.notifications.internal.AsReceivedModel.Compiled;
import org.synergies.notifications.internal.CompilationMails;
import org.synergies.notifications.internal.CompilationRecords;
import org.synergies.notifications.internal.ContributionRecords;
import org.synergies.notifications.internal.ContributorsSentence;
import org.synergies.notifications.internal.TranslationRecords;
import org.synergies.shared.FieldProblem;
import org.synergies.shared.InvalidInputException;
import org.synergies.shared.Language;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * Compilations "as received" of the contributions to a notification: the Secretariat asks
 * for one under an information document's symbol in a language; it is written in the
 * background as DOCX, PDF and HTML (its progress readable by any node); the Secretariat
 * then publishes it, which makes it public with every contribution it holds. A
 * contribution whose sender asked that it not be made public is never compiled (the cover
 * note says how many were left out). The one-paragraph summary of who contributed is for
 * the Secretariat's progress reports.
 */
@Service
public class NotificationCompilations {

	public static final String AUDITED_AS = "notification-compilation";

	/** An information document's symbol: "UNEP/CMS/COP13/Inf.32", "AEWA/MOP9 Inf.1". */
	private static final String SYMBOL = "[A-Za-z0-9][A-Za-z0-9./ ()_-]{2,99}";

	private final Notifications notifications;

	private final CompilationRecords records;

	private final ContributionRecords contributions;

	private final TranslationRecords translations;

	private final AsReceivedModel model;

	private final AsReceivedJobs jobs;

	private final NotificationAccess access;

	private final AuditTrail audit;

	private final CompilationMails mails;

	NotificationCompilations(Notifications notifications, CompilationRecords records, ContributionRecords contributions,
			TranslationRecords translations, AsReceivedModel model, AsReceivedJobs jobs, NotificationAccess access,
			AuditTrail audit, CompilationMails mails) {
		this.mails = mails;
		this.notifications = notifications;
		this.records = records;
		this.contributions = contributions;
		this.translations = translations;
		this.model = model;
		this.jobs = jobs;
		this.access = access;
		this.audit = audit;
	}

	/**
	 * The Secretariat asks for a compilation of every contribution received so far (in
	 * the revision it has now) under a symbol, in a language. Refused when the
	 * notification was not issued or has no contribution to compile, or when another
	 * notification's compilation carries the symbol.
	 */
	@Transactional
	public NotificationCompilation request(UUID notification, @Nullable String symbol, @Nullable Language language) {
		requireSecretariat();
		NotificationView issued = this.notifications.require(notification);
		List<FieldProblem> problems = new ArrayList<>();
		String chosen = symbol == null ? "" : symbol.strip().replaceAll("\\s+", " ");
		if (!chosen.matches(SYMBOL)) {
			problems.add(new FieldProblem("symbol", "notifications.compilations.problem.symbol"));
		}
		else if (this.records.symbolTakenElsewhere(chosen, notification)) {
			problems.add(new FieldProblem("symbol", "notifications.compilations.problem.symbol-taken", chosen));
		}
		if (language == null) {
			problems.add(new FieldProblem("language", "notifications.compilations.problem.language"));
		}
		if (!problems.isEmpty() || language == null) {
			throw new InvalidInputException(problems);
		}
		if (!issued.isIssued()) {
			throw new RuleViolationException("contribution.rule.not-issued");
		}
		List<ContributionView> all = this.contributions.of(notification);
		Map<UUID, Integer> compiled = new LinkedHashMap<>();
		all.stream()
			.filter(contribution -> !contribution.withheld())
			.forEach(contribution -> compiled.put(contribution.id(), contribution.revision()));
		if (compiled.isEmpty()) {
			throw new RuleViolationException("notifications.compilations.rule.nothing");
		}
		String requestedBy = CurrentUser.get().map(CurrentUser::displayName).orElse("Secretariat");
		NotificationCompilation queued = this.records.queue(notification, chosen, language, requestedBy, compiled);
		this.audit.record(AUDITED_AS, queued.id(), "requested", null,
				Map.of("symbol", chosen, "language", language.code(), "contributions", compiled.size()));
		this.jobs.start(queued.id(), all.size() - compiled.size());
		return queued;
	}

	/**
	 * The compilations of a notification, newest first: all for the Secretariat, else the
	 * published ones.
	 */
	@Transactional(readOnly = true)
	public List<NotificationCompilation> of(UUID notification) {
		this.notifications.require(notification);
		return this.records.of(notification).stream().filter(this::canSee).toList();
	}

	/**
	 * A compilation of the notification (a published one for anyone but the Secretariat).
	 */
	@Transactional(readOnly = true)
	public NotificationCompilation require(UUID notification, UUID compilation) {
		this.notifications.require(notification);
		return this.records.find(compilation)
			.filter(found -> found.notification().equals(notification))
			.filter(this::canSee)
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, compilation));
	}

	/** A finished output, named for download. */
	public record Download(String fileName, String mediaType, byte[] content) {
	}

	/** An output by its extension ({@code docx}, {@code pdf}, {@code html}). */
	@Transactional(readOnly = true)
	public Download download(UUID notification, UUID compilation, String extension) {
		NotificationCompilation found = require(notification, compilation);
		Format format = Arrays.stream(Format.values())
			.filter(candidate -> candidate.extension().equals(extension))
			.findFirst()
			.orElseThrow(() -> new NotFoundException("format", extension));
		byte[] content = this.records.output(found.id(), format)
			.orElseThrow(() -> new NotFoundException(AUDITED_AS, compilation));
		String name = found.symbol().replaceAll("[^A-Za-z0-9.]+", "-") + "-" + found.language().code() + "."
				+ format.extension();
		return new Download(name, format.mediaType(), content);
	}

	/**
	 * The Secretariat publishes a written compilation: it, and every contribution it
	 * holds, become public; their senders are told so. Refused before it is written, or
	 * when it changed since {@code version} (published already).
	 */
	@Transactional
	public NotificationCompilation publish(UUID notification, UUID compilation, long version) {
		requireSecretariat();
		NotificationCompilation found = require(notification, compilation);
		if (!found.isDone()) {
			throw new RuleViolationException("notifications.compilations.rule.not-written");
		}
		this.records.publish(compilation, version);
		NotificationCompilation published = this.records.find(compilation).orElseThrow();
		this.mails.published(published);
		this.audit.record(AUDITED_AS, compilation, "published", Map.of("symbol", found.symbol()),
				Map.of("symbol", found.symbol(), "contributions", found.contributions().size()));
		return published;
	}

	/** Who contributed, in one paragraph per working language: the Secretariat's. */
	@Transactional(readOnly = true)
	public ContributionsSummary summary(UUID notification) {
		requireSecretariat();
		this.notifications.require(notification);
		List<ContributionView> all = this.contributions.of(notification);
		return new ContributionsSummary(ContributorsSentence.write(all, Language.EN),
				ContributorsSentence.write(all, Language.FR), ContributorsSentence.write(all, Language.ES));
	}

	/**
	 * The contributions that published compilations hold, as compiled, with their
	 * available courtesy translations: public, except those their senders have since
	 * asked not to make public.
	 */
	@Transactional(readOnly = true)
	public List<CompiledContribution> compiled(UUID notification) {
		this.notifications.require(notification);
		Map<UUID, String> symbols = new LinkedHashMap<>();
		for (NotificationCompilation compilation : this.records.of(notification)) {
			if (compilation.isPublished()) {
				compilation.contributions().forEach(contribution -> symbols.put(contribution, compilation.symbol()));
			}
		}
		List<CompiledContribution> compiled = new ArrayList<>();
		for (NotificationCompilation compilation : this.records.of(notification)) {
			if (!compilation.isPublished()) {
				continue;
			}
			for (UUID contribution : compilation.contributions()) {
				if (symbols.remove(contribution) != null) {
					Compiled one = this.model.compiled(compilation.id(), contribution);
					if (!one.contribution().withheld()) {
						compiled.add(view(one, compilation.symbol()));
					}
				}
			}
		}
		return compiled;
	}

	/** One compiled contribution, public once a published compilation holds it. */
	@Transactional(readOnly = true)
	public CompiledContribution compiled(UUID notification, UUID contribution) {
		return compiled(notification).stream()
			.filter(found -> found.id().equals(contribution))
			.findFirst()
			.orElseThrow(() -> new NotFoundException(Contributions.AUDITED_AS, contribution));
	}

	private CompiledContribution view(Compiled one, String symbol) {
		ContributionView contribution = one.contribution();
		return new CompiledContribution(contribution.id(), contribution.notification(), contribution.sender(),
				contribution.onBehalf(), one.language(), one.text(), contribution.receivedOn(), one.files(),
				this.translations.ofContribution(contribution.id())
					.stream()
					.filter(translation -> translation.status().isAvailable())
					.toList(),
				symbol);
	}

	private boolean canSee(NotificationCompilation compilation) {
		return compilation.isPublished() || this.access.isSecretariat();
	}

	private void requireSecretariat() {
		if (!this.access.isSecretariat()) {
			throw new AccessDeniedException("Secretariat only");
		}
	}

}
