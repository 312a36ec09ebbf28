package org.synergies.system;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of a mandates endpoint: an
 * adopted resolution with a revision and paragraph 1 to read, a fresh text to enter a
 * paragraph in or remove one from, and a valid form.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class MandateScenes {

	/** Resolution numbers 90.x to 99.x, which no other test takes. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 5000));

	private final Mandates mandates;

	private final GoverningBodies bodies;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	private @Nullable MandateView adopted;

	MandateScenes(Mandates mandates, GoverningBodies bodies, TestAccounts accounts) {
		this.mandates = mandates;
		this.bodies = bodies;
		this.accounts = accounts;
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		switch (endpoint.toString()) {
			case "GET /mandates/{slug}", "GET /mandates/{slug}/rev-{revision}", "GET /mandates/{slug}/para-{paragraph}",
					"GET /mandates/{slug}/rev-{revision}/para-{paragraph}" ->
				scene.with("slug", adopted().slug()).with("revision", "cop12").with("paragraph", "1bis");
			case "GET /api/v1/mandates/{id}", "GET /mandates/texts/{id}/paragraphs" -> scene.with("id", adopted().id());
			case "POST /mandates/new" -> scene.param("kind", "RESOLUTION")
				.param("number", number())
				.param("titleEn", "Matrix resolution")
				.param("status", "DRAFT");
			case "POST /mandates/texts/{id}/paragraphs" -> scene.with("id", draft().id())
				.param("language", "EN")
				.param("kind", "OPERATIVE")
				.param("number", "2")
				.param("text", "Requests the Secretariat to report.")
				.param("version", 0);
			case "POST /mandates/texts/{id}/paragraphs/{paragraph}/delete" -> {
				MandateView text = draft();
				MandateView entered = asOfficer(
						() -> this.mandates.enter(text.id(), text.version(), List.of(new ParagraphDetails(Language.EN,
								ParagraphKind.OPERATIVE, "1", null, "Stresses", null, null))));
				scene.with("id", entered.id())
					.with("paragraph", entered.paragraphs().get(0).id())
					.param("version", entered.version());
			}
			default -> {
			}
		}
		return scene;
	}

	private MandateView adopted() {
		if (this.adopted == null) {
			var meeting = this.bodies
				.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 9000 + NEXT.incrementAndGet() % 900,
						LocalDate.parse("2017-10-23"), LocalDate.parse("2017-10-28"), "Manila", "PH"));
			MandateView text = asOfficer(() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number(),
					"COP12", "Matrix resolution", null, null, meeting.id(), MandateStatus.ADOPTED)));
			this.adopted = asOfficer(() -> this.mandates.enter(text.id(), text.version(),
					List.of(new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "1 bis", "Stresses",
							"the importance of cooperation;", null, null))));
		}
		return this.adopted;
	}

	private MandateView draft() {
		return asOfficer(() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number(), null,
				"Matrix draft", null, null, null, MandateStatus.DRAFT)));
	}

	private static String number() {
		int next = NEXT.incrementAndGet() % 5000;
		return (90 + next / 500) + "." + (next % 500);
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
