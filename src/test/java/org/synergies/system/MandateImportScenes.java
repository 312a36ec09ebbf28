package org.synergies.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateImports;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.mandates.ResolutionFiles;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of the mandates' import, repeal
 * and API write endpoints: a fresh adopted text for each request, a DOCX of Resolution
 * 11.10 in French, a preview made by the caller (a preview is its author's only), a text
 * with paragraph 27 and another to repeal.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class MandateImportScenes {

	static final Set<String> ENDPOINTS = Set.of("GET /mandates/texts/{id}/import", "POST /mandates/texts/{id}/import",
			"GET /mandates/texts/{id}/import/{importId}", "POST /mandates/texts/{id}/import/{importId}",
			"POST /mandates/texts/{id}/repeals", "POST /api/v1/mandates", "POST /api/v1/mandates/{id}/paragraphs",
			"DELETE /api/v1/mandates/{id}/paragraphs/{paragraph}", "POST /api/v1/mandates/{id}/import",
			"POST /api/v1/mandates/{id}/repeals");

	/** Resolution numbers 30.x to 39.x, which no other test takes. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 9000));

	private final Mandates mandates;

	private final MandateImports imports;

	private final GoverningBodies bodies;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	private @Nullable MeetingView meeting;

	MandateImportScenes(Mandates mandates, MandateImports imports, GoverningBodies bodies, TestAccounts accounts) {
		this.mandates = mandates;
		this.imports = imports;
		this.bodies = bodies;
		this.accounts = accounts;
	}

	static boolean handles(Endpoint endpoint) {
		return ENDPOINTS.contains(endpoint.toString());
	}

	/**
	 * Whether the request is an upload of a DOCX (for allowed and refused callers alike).
	 */
	static boolean uploads(Endpoint endpoint) {
		return endpoint.toString().equals("POST /mandates/texts/{id}/import")
				|| endpoint.toString().equals("POST /api/v1/mandates/{id}/import");
	}

	static byte[] file() {
		return ResolutionFiles.elevenTenInFrench();
	}

	Scene shape(Endpoint endpoint, Scene scene, AccountView caller) {
		switch (endpoint.toString()) {
			case "GET /mandates/texts/{id}/import" -> scene.with("id", adopted().id());
			case "POST /mandates/texts/{id}/import" -> scene.with("id", adopted().id()).param("language", "FR");
			case "GET /mandates/texts/{id}/import/{importId}", "POST /mandates/texts/{id}/import/{importId}" -> {
				MandateView text = adopted();
				var preview = TestAccounts.runAs(caller,
						() -> this.imports.preview(text.id(), Language.FR, "res.docx", file()));
				scene.with("id", text.id()).with("importId", preview.id());
			}
			case "POST /mandates/texts/{id}/repeals" -> {
				MandateView repealed = adopted();
				scene.with("id", repealing().id())
					.param("paragraph", "27")
					.param("symbols", "Resolution " + repealed.number());
			}
			case "POST /api/v1/mandates" -> scene.json("""
					{"kind": "RESOLUTION", "number": "%s", "titleEn": "Matrix draft", "status": "DRAFT"}""", number());
			case "POST /api/v1/mandates/{id}/paragraphs" -> scene.with("id", adopted().id()).json("""
					{"version": 0, "paragraphs": [{"language": "EN", "kind": "OPERATIVE", "number": "1",
					 "text": "Requests the Secretariat to report."}]}""");
			case "DELETE /api/v1/mandates/{id}/paragraphs/{paragraph}" -> {
				MandateView text = withParagraph();
				scene.with("id", text.id())
					.with("paragraph", text.paragraphs().get(0).id())
					.param("version", text.version());
			}
			case "POST /api/v1/mandates/{id}/import" ->
				scene.with("id", adopted().id()).param("language", "FR").param("version", 0).param("dryRun", false);
			case "POST /api/v1/mandates/{id}/repeals" -> {
				MandateView repealed = adopted();
				scene.with("id", repealing().id())
					.json("{\"paragraph\": \"27\", \"symbols\": [\"Resolution %s\"]}", repealed.number());
			}
			default -> {
			}
		}
		return scene;
	}

	private MandateView adopted() {
		return asOfficer(() -> this.mandates.record(new MandateDetails(MandateKind.RESOLUTION, number(), null,
				"Matrix resolution", null, null, meeting().id(), MandateStatus.ADOPTED)));
	}

	private MandateView withParagraph() {
		MandateView text = adopted();
		return asOfficer(() -> this.mandates.enter(text.id(), text.version(), List
			.of(new ParagraphDetails(Language.EN, ParagraphKind.OPERATIVE, "1", null, "Stresses", null, null))));
	}

	private MandateView repealing() {
		MandateView text = adopted();
		return asOfficer(() -> this.mandates.enter(text.id(), text.version(), List.of(new ParagraphDetails(Language.EN,
				ParagraphKind.OPERATIVE, "27", "Repeals", "the resolutions named.", null, null))));
	}

	private MeetingView meeting() {
		if (this.meeting == null) {
			this.meeting = this.bodies.schedule(
					new NewMeeting(GoverningBody.CONFERENCE_OF_THE_PARTIES, 40_000 + NEXT.incrementAndGet() % 9000,
							LocalDate.parse("2014-11-04"), LocalDate.parse("2014-11-09"), "Quito", "EC"));
		}
		return this.meeting;
	}

	private static String number() {
		int next = NEXT.incrementAndGet() % 9000;
		return (30 + next / 900) + "." + (next % 900);
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
