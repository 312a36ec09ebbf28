package org.synergies.system;

import java.time.LocalDate;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.mandates.AnnexDetails;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of the annexes' endpoints: an
 * adopted resolution (Rev.COP12) with annex 1 to read, a fresh draft with annex 1 to
 * correct or remove, a fresh draft decision to give a heading, and a valid form or body.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class MandateAnnexScenes {

	static final Set<String> ENDPOINTS = Set.of("GET /mandates/{slug}/annex-{annex}",
			"GET /mandates/{slug}/rev-{revision}/annex-{annex}", "POST /mandates/texts/{id}/annexes",
			"POST /mandates/texts/{id}/annexes/{number}", "POST /mandates/texts/{id}/annexes/{number}/delete",
			"GET /api/v1/mandates/{id}/annexes", "POST /api/v1/mandates/{id}/annexes",
			"PUT /api/v1/mandates/{id}/annexes/{number}", "DELETE /api/v1/mandates/{id}/annexes/{number}",
			"POST /mandates/texts/{id}/heading", "PUT /api/v1/mandates/{id}/heading");

	/** Resolution numbers 20.x to 29.x, which no other test takes. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

	private static final AnnexDetails ANNEX = new AnnexDetails("1", "Guidelines", null, null, "Partnerships.", null,
			null);

	private final Mandates mandates;

	private final GoverningBodies bodies;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	private @Nullable MandateView adopted;

	MandateAnnexScenes(Mandates mandates, GoverningBodies bodies, TestAccounts accounts) {
		this.mandates = mandates;
		this.bodies = bodies;
		this.accounts = accounts;
	}

	static boolean handles(Endpoint endpoint) {
		return ENDPOINTS.contains(endpoint.toString());
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		switch (endpoint.toString()) {
			case "GET /mandates/{slug}/annex-{annex}", "GET /mandates/{slug}/rev-{revision}/annex-{annex}" ->
				scene.with("slug", adopted().slug()).with("revision", "cop12").with("annex", "1");
			case "GET /api/v1/mandates/{id}/annexes" -> scene.with("id", adopted().id());
			case "POST /mandates/texts/{id}/annexes" -> scene.with("id", draft().id())
				.param("number", "2")
				.param("bodyEn", "Partnerships.")
				.param("version", 0);
			case "POST /mandates/texts/{id}/annexes/{number}" -> {
				MandateView annexed = annexed();
				scene.with("id", annexed.id())
					.with("number", "1")
					.param("editing", "1")
					.param("bodyFr", "Les partenariats.")
					.param("version", annexed.version());
			}
			case "POST /mandates/texts/{id}/annexes/{number}/delete",
					"DELETE /api/v1/mandates/{id}/annexes/{number}" -> {
				MandateView annexed = annexed();
				scene.with("id", annexed.id()).with("number", "1").param("version", annexed.version());
			}
			case "POST /api/v1/mandates/{id}/annexes" -> scene.with("id", draft().id()).json("""
					{"version": 0, "number": "2", "titleEn": "Partners", "bodyEn": "UNEP."}""");
			case "PUT /api/v1/mandates/{id}/annexes/{number}" -> {
				MandateView annexed = annexed();
				scene.with("id", annexed.id()).with("number", "1").json("""
						{"version": %d, "bodyEs": "Las asociaciones."}""", annexed.version());
			}
			case "POST /mandates/texts/{id}/heading" -> scene.with("id", decision().id())
				.param("headingEn", "Synergies and partnerships")
				.param("headingFr", "Synergies et partenariats")
				.param("version", 0);
			case "PUT /api/v1/mandates/{id}/heading" -> scene.with("id", decision().id())
				.json("""
						{"version": 0, "headingEn": "Synergies and partnerships", "headingEs": "Sinergias y asociaciones"}""");
			default -> {
			}
		}
		return scene;
	}

	private MandateView adopted() {
		if (this.adopted == null) {
			var meeting = this.bodies.schedule(
					new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 20_000 + NEXT.incrementAndGet() % 9000,
							LocalDate.parse("2017-10-23"), LocalDate.parse("2017-10-28"), "Manila", "PH"));
			MandateView text = asOfficer(() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number(),
					"COP12", "Matrix resolution", null, null, meeting.id(), MandateStatus.ADOPTED)));
			this.adopted = asOfficer(() -> this.mandates.addAnnex(text.id(), text.version(), ANNEX));
		}
		return this.adopted;
	}

	private MandateView draft() {
		return asOfficer(() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number(), null,
				"Matrix draft", null, null, null, MandateStatus.DRAFT)));
	}

	private MandateView decision() {
		return asOfficer(() -> this.mandates.record(new MandateDetails(MandateKind.DECISION, number(), null,
				"Matrix decision", null, null, null, MandateStatus.DRAFT)));
	}

	private MandateView annexed() {
		MandateView draft = draft();
		return asOfficer(() -> this.mandates.addAnnex(draft.id(), draft.version(), ANNEX));
	}

	private static String number() {
		int next = NEXT.incrementAndGet() % 9000;
		return (20 + next / 900) + "." + (next % 900);
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
