package org.synergies.meetings;

import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.synergies.meetings.AdoptionsTests.Resolution;
import org.synergies.meetings.AdoptionsTests.ResolutionAdopted;
import org.synergies.meetings.AdoptionsTests.ResolutionView;
import org.synergies.meetings.AdoptionsTests.Resolutions;
import org.synergies.shared.VersionStatus;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The meetings module's one adoption flow works for any text, with its event or without
 * one (a text of the test's own that no other module knows).
 */
@SpringBootTest
@EnableScenarios
@RecordApplicationEvents
class MeetingsModuleTests {

	@Autowired
	Adoptions adoptions;

	@Autowired
	GoverningBodies bodies;

	@Autowired
	ApplicationEvents events;

	@Test
	void anAdoptionByTheCommitteePublishesTheTextsEventWithTheDecision(Scenario scenario) {
		Resolutions resolutions = new Resolutions();
		Resolution submitted = submitted(resolutions);
		DecisionView decision = committeeDecision();

		scenario.stimulate(() -> this.adoptions.adopt(resolutions, submitted.id(), decision.id()))
			.andWaitForEventOfType(ResolutionAdopted.class)
			.matching(event -> event.resolution().equals(submitted.id()))
			.toArriveAndVerify(event -> {
				assertThat(event.decision()).isEqualTo(decision.id());
				assertThat(submitted.status()).isEqualTo(VersionStatus.ADOPTED);
			});
	}

	@Test
	void aTextWithoutAnEventIsAdoptedAndNothingIsPublishedForIt() {
		Silent silent = new Silent();
		Resolution submitted = submitted(silent);

		ResolutionView adopted = this.adoptions.adopt(silent, submitted.id(), committeeDecision().id());

		assertThat(adopted.status()).isEqualTo(VersionStatus.ADOPTED);
		assertThat(this.events.stream(ResolutionAdopted.class)).isEmpty();
	}

	private Resolution submitted(AdoptableTexts<Resolution, ResolutionView> texts) {
		Resolution draft = new Resolution(1);
		this.adoptions.create(texts, draft);
		this.adoptions.submit(texts, draft.id());
		return draft;
	}

	private DecisionView committeeDecision() {
		return this.bodies.record(new NewDecision(GoverningBody.STANDING_COMMITTEE, null,
				DecisionProcedure.WRITTEN_PROCEDURE, "WP/" + UUID.randomUUID().toString().substring(0, 8),
				LocalDate.parse("2026-03-02"), "Adopts the amended resolution.", null));
	}

	/** A text no other module needs to hear about: it keeps the port's default event. */
	static final class Silent implements AdoptableTexts<Resolution, ResolutionView> {

		private final Resolutions kept = new Resolutions();

		@Override
		public String kind() {
			return this.kept.kind();
		}

		@Override
		public String rules() {
			return this.kept.rules();
		}

		@Override
		public Resolution require(UUID id) {
			return this.kept.require(id);
		}

		@Override
		public Optional<Resolution> inForce() {
			return this.kept.inForce();
		}

		@Override
		public Resolution save(Resolution version) {
			return this.kept.save(version);
		}

		@Override
		public ResolutionView view(Resolution version) {
			return this.kept.view(version);
		}

	}

}
