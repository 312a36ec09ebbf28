package org.synergies.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.synergies.audit.AuditEntry;
import org.synergies.audit.AuditTrail;
import org.synergies.shared.AdoptableVersion;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;
import org.synergies.shared.VersionStatus;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The one adoption flow, with a text neither accreditation nor reporting knows (an
 * amended resolution kept in memory): nothing in it is specific to processes or formats.
 */
@SpringBootTest
@RecordApplicationEvents
@DatabaseTest
class AdoptionsTests {

	@Autowired
	Adoptions adoptions;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	AuditTrail audit;

	@Autowired
	ApplicationEvents events;

	final Resolutions resolutions = new Resolutions();

	@Test
	void refusesADecisionOfAnotherBodyAndLeavesTheVersionBeforeTheCommittee() {
		Resolution submitted = submitted(1);
		DecisionView copDecision = decision(GoverningBody.CONFERENCE_OF_THE_PARTIES);

		assertThatThrownBy(() -> this.adoptions.adopt(this.resolutions, submitted.id(), copDecision.id()))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("resolution.rule.adopted-by-committee"));
		assertThat(submitted.status()).isEqualTo(VersionStatus.SUBMITTED);
		assertThat(this.events.stream(ResolutionAdopted.class)).isEmpty();
	}

	@Test
	void adoptingSupersedesTheVersionInForceAndPublishesTheTextsEvent() {
		Resolution first = submitted(1);
		DecisionView firstDecision = decision(GoverningBody.STANDING_COMMITTEE);
		this.adoptions.adopt(this.resolutions, first.id(), firstDecision.id());
		Resolution second = submitted(2);
		DecisionView secondDecision = decision(GoverningBody.STANDING_COMMITTEE);

		ResolutionView adopted = this.adoptions.adopt(this.resolutions, second.id(), secondDecision.id());

		assertThat(adopted).isEqualTo(new ResolutionView(second.id(), 2, VersionStatus.ADOPTED));
		assertThat(first.status()).isEqualTo(VersionStatus.SUPERSEDED);
		assertThat(second.adoptedBy()).isEqualTo(secondDecision.id());
		assertThat(second.adoptedOn()).isEqualTo(secondDecision.adoptedOn());
		assertThat(this.events.stream(ResolutionAdopted.class)).containsExactly(
				new ResolutionAdopted(first.id(), firstDecision.id()),
				new ResolutionAdopted(second.id(), secondDecision.id()));
		assertThat(this.audit.historyOf("amended-resolution", first.id())).extracting(AuditEntry::action)
			.contains("submitted", "adopted", "superseded");
		assertThat(this.audit.historyOf("amended-resolution", second.id())).extracting(AuditEntry::action)
			.contains("created", "submitted", "adopted");
	}

	@Test
	void aDecisionThatDoesNotExistAdoptsNothing() {
		Resolution submitted = submitted(1);

		assertThatThrownBy(() -> this.adoptions.adopt(this.resolutions, submitted.id(), UUID.randomUUID()))
			.isInstanceOf(NotFoundException.class);
		assertThat(submitted.status()).isEqualTo(VersionStatus.SUBMITTED);
	}

	@Test
	void aWriterWhoSawAnOlderRevisionIsRefused() {
		Resolution draft = new Resolution(1);
		this.adoptions.create(this.resolutions, draft);
		this.adoptions.write(this.resolutions, draft.id(), draft.version(), resolution -> resolution.write("first"));

		assertThatThrownBy(() -> this.adoptions.write(this.resolutions, draft.id(), draft.version() - 1,
				resolution -> resolution.write("second")))
			.isInstanceOf(OptimisticLockingFailureException.class);
		assertThat(draft.text).isEqualTo("first");
	}

	@Test
	void onlyASubmittedVersionIsReturnedAndOnlyADraftChanges() {
		Resolution submitted = submitted(1);
		assertThatThrownBy(() -> this.adoptions.write(this.resolutions, submitted.id(), submitted.version(),
				resolution -> resolution.write("late")))
			.isInstanceOfSatisfying(RuleViolationException.class,
					refused -> assertThat(refused.messageKey()).isEqualTo("resolution.rule.only-drafts-change"));

		assertThat(this.adoptions.returnToDraft(this.resolutions, submitted.id()).status())
			.isEqualTo(VersionStatus.DRAFT);
		assertThatThrownBy(() -> this.adoptions.returnToDraft(this.resolutions, submitted.id())).isInstanceOfSatisfying(
				RuleViolationException.class,
				refused -> assertThat(refused.messageKey()).isEqualTo("resolution.rule.return-only-submitted"));
	}

	private Resolution submitted(int number) {
		Resolution draft = new Resolution(number);
		this.adoptions.create(this.resolutions, draft);
		this.adoptions.submit(this.resolutions, draft.id());
		return draft;
	}

	private DecisionView decision(UUID body) {
		return this.bodies.record(new NewDecision(body, null, DecisionProcedure.WRITTEN_PROCEDURE,
				"WP/" + UUID.randomUUID().toString().substring(0, 8), LocalDate.parse("2026-03-02"),
				"Adopts the amended resolution.", null));
	}

	record ResolutionView(UUID id, int number, VersionStatus status) {
	}

	record ResolutionAdopted(UUID resolution, UUID decision) {
	}

	static final class Resolution extends AdoptableVersion {

		private final UUID id = UUID.randomUUID();

		private final int number;

		private long version;

		private @Nullable String text;

		Resolution(int number) {
			super(VersionStatus.DRAFT, null, null, null, Instant.EPOCH);
			this.number = number;
		}

		void write(String text) {
			changing(Instant.EPOCH);
			this.text = text;
		}

		@Override
		public UUID id() {
			return this.id;
		}

		@Override
		public long version() {
			return this.version;
		}

		@Override
		public int number() {
			return this.number;
		}

		@Override
		protected String rules() {
			return "resolution";
		}

	}

	/**
	 * Amended resolutions kept in memory: the port a module implements over its
	 * repository.
	 */
	static final class Resolutions implements AdoptableTexts<Resolution, ResolutionView> {

		private final Map<UUID, Resolution> saved = new LinkedHashMap<>();

		@Override
		public String kind() {
			return "amended-resolution";
		}

		@Override
		public String rules() {
			return "resolution";
		}

		@Override
		public Resolution require(UUID id) {
			return Optional.ofNullable(this.saved.get(id)).orElseThrow(() -> new NotFoundException(kind(), id));
		}

		@Override
		public Optional<Resolution> inForce() {
			return this.saved.values()
				.stream()
				.filter(version -> version.status() == VersionStatus.ADOPTED)
				.findFirst();
		}

		@Override
		public Resolution save(Resolution version) {
			version.version++;
			this.saved.put(version.id(), version);
			return version;
		}

		@Override
		public ResolutionView view(Resolution version) {
			return new ResolutionView(version.id(), version.number(), version.status());
		}

		@Override
		public Optional<Object> adopted(ResolutionView version, UUID decision) {
			return Optional.of(new ResolutionAdopted(version.id(), decision));
		}

	}

}
