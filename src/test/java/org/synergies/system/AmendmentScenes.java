package org.synergies.system;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.mandates.AmendmentOperation;
import org.synergies.mandates.AmendmentRepeals;
import org.synergies.mandates.AmendmentView;
import org.synergies.mandates.Amendments;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.meetings.DecisionProcedure;
import org.synergies.meetings.DecisionView;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewDecision;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of an amendments endpoint: a
 * fresh resolution to amend, a fresh draft (or submitted amendment) to change, submit,
 * return or adopt, and an adopted amendment with the revision it produced to read.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class AmendmentScenes {

	/** Resolution numbers 80.x to 89.x, which no other test takes. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 5000));

	private final Mandates mandates;

	private final Amendments amendments;

	private final GoverningBodies bodies;

	private final AmendmentRepeals repeals;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	private @Nullable MeetingView cop;

	private @Nullable AmendmentView adopted;

	AmendmentScenes(Mandates mandates, Amendments amendments, GoverningBodies bodies, AmendmentRepeals repeals,
			TestAccounts accounts) {
		this.repeals = repeals;
		this.mandates = mandates;
		this.amendments = amendments;
		this.bodies = bodies;
		this.accounts = accounts;
	}

	static boolean handles(Endpoint endpoint) {
		return endpoint.pattern().contains("amendments") || endpoint.pattern().contains("/compare")
				|| endpoint.pattern().contains("/comparison/") || endpoint.pattern().contains("/document.{format}");
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		switch (endpoint.toString()) {
			case "POST /mandates/texts/{id}/amendments" ->
				scene.with("id", resolution().id()).param("meeting", cop().id()).param("symbol", "UNEP/CMS/Matrix");
			case "POST /api/v1/mandates/{id}/amendments" ->
				scene.with("id", resolution().id()).json("{\"meeting\":\"%s\"}", cop().id());
			case "GET /mandates/amendments/{id}", "GET /mandates/amendments/{id}/document.{format}" ->
				scene.with("id", adopted().id()).with("format", "html");
			case "GET /api/v1/mandates/amendments/{amendment}" -> scene.with("amendment", adopted().id());
			case "POST /mandates/amendments/{id}/operations" -> scene.with("id", draft(false).id())
				.param("action", "INSERT")
				.param("language", "EN")
				.param("kind", "OPERATIVE")
				.param("number", "1.ter")
				.param("text", "the Secretariat to report.")
				.param("version", 1);
			case "POST /api/v1/mandates/amendments/{amendment}/operations" -> scene.with("amendment", draft(false).id())
				.json("{\"version\":1,\"action\":\"DELETE\",\"language\":\"EN\",\"kind\":\"OPERATIVE\",\"number\":\"1\"}");
			case "POST /mandates/amendments/{id}/submit" -> scene.with("id", draft(false).id());
			case "POST /api/v1/mandates/amendments/{amendment}/submit" -> scene.with("amendment", draft(false).id());
			case "POST /mandates/amendments/{id}/return" -> scene.with("id", draft(true).id());
			case "POST /mandates/amendments/{id}/adopt" ->
				scene.with("id", draft(true).id()).param("decision", decision().id());
			case "POST /api/v1/mandates/amendments/{amendment}/adoption" ->
				scene.with("amendment", draft(true).id()).json("{\"decision\":\"%s\"}", decision().id());
			case "POST /mandates/amendments/{id}/repeals" -> scene.with("id", draft(false).id())
				.param("paragraph", "1")
				.param("symbols", "Resolution " + other())
				.param("version", 1);
			case "POST /api/v1/mandates/amendments/{amendment}/repeals" -> scene.with("amendment", draft(false).id())
				.json("{\"version\":1,\"paragraph\":\"1.bis\",\"symbols\":[\"Resolution %s\"]}", other());
			case "GET /api/v1/mandates/amendments/{amendment}/repeals" -> scene.with("amendment", adopted().id());
			case "POST /mandates/amendments/{id}/repeals/withdraw" -> {
				String repealed = other();
				scene.with("id", repealing(repealed).id())
					.param("kind", "RESOLUTION")
					.param("number", repealed)
					.param("version", 2);
			}
			case "DELETE /api/v1/mandates/amendments/{amendment}/repeals/{text}" -> {
				String repealed = other();
				scene.with("amendment", repealing(repealed).id()).with("text", repealed).param("version", 2);
			}
			case "GET /mandates/{slug}/rev-{revision}/document.{format}" -> {
				MandateView revision = revision();
				scene.with("slug", revision.slug())
					.with("revision", revision.revisionSlug().substring(4))
					.with("format", "html");
			}
			case "GET /mandates/{slug}/compare", "GET /mandates/{slug}/compare/document.{format}" ->
				scene.with("slug", revision().slug()).with("format", "html");
			case "GET /api/v1/mandates/{id}/comparison/{other}" ->
				scene.with("id", adopted().mandate()).with("other", revision().id());
			default -> {
			}
		}
		return scene;
	}

	private MandateView resolution() {
		MeetingView meeting = cop();
		return asOfficer(() -> {
			MandateView text = this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number(), "COP12",
					"Matrix resolution", null, null, meeting.id(), MandateStatus.ADOPTED));
			return this.mandates.enter(text.id(), text.version(), List.of(new ParagraphDetails(Language.EN,
					ParagraphKind.OPERATIVE, "1", "Stresses", "the importance of cooperation;", null, null)));
		});
	}

	/** A draft with one paragraph inserted (version 1), submitted if asked. */
	private AmendmentView draft(boolean submitted) {
		MandateView resolution = resolution();
		return asOfficer(() -> {
			AmendmentView draft = this.amendments.draft(resolution.id(), cop().id(), null);
			AmendmentView changed = this.amendments.apply(draft.id(), draft.version(), AmendmentOperation
				.insert(Language.EN, ParagraphKind.OPERATIVE, "1.bis", "Requests", "the Secretariat to act;", null));
			return submitted ? this.amendments.submit(changed.id()) : changed;
		});
	}

	/** Another resolution, for a draft to repeal: its number. */
	private String other() {
		return resolution().number();
	}

	/** A draft whose paragraph 1.bis repeals the resolution numbered (version 2). */
	private AmendmentView repealing(String repealed) {
		AmendmentView draft = draft(false);
		return asOfficer(
				() -> this.repeals.propose(draft.id(), draft.version(), "1.bis", List.of("Resolution " + repealed)));
	}

	private AmendmentView adopted() {
		if (this.adopted == null) {
			AmendmentView submitted = draft(true);
			this.adopted = asOfficer(() -> this.amendments.adopt(submitted.id(), decision().id()));
		}
		return this.adopted;
	}

	private MandateView revision() {
		UUID revision = adopted().revision();
		return this.mandates.require(java.util.Objects.requireNonNull(revision));
	}

	private DecisionView decision() {
		MeetingView meeting = cop();
		return asOfficer(() -> this.bodies.record(new NewDecision(GoverningBody.CONFERENCE_OF_THE_PARTIES, meeting.id(),
				DecisionProcedure.MEETING, "Matrix " + UUID.randomUUID().toString().substring(0, 8), meeting.startsOn(),
				"The Conference adopts the amendments.", null)));
	}

	private MeetingView cop() {
		if (this.cop == null) {
			this.cop = asOfficer(() -> this.bodies
				.schedule(new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 9000 + NEXT.incrementAndGet() % 900,
						LocalDate.parse("2020-02-17"), LocalDate.parse("2020-02-22"), "Gandhinagar", "IN")));
		}
		return this.cop;
	}

	private static String number() {
		int next = NEXT.incrementAndGet() % 5000;
		return (80 + next / 500) + "." + (next % 500);
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
