package org.synergies.system;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.jspecify.annotations.Nullable;

import org.springframework.context.annotation.Lazy;
import org.springframework.stereotype.Component;
import org.synergies.accounts.AccountView;
import org.synergies.accounts.Role;
import org.synergies.agreements.AgreementDetails;
import org.synergies.agreements.AgreementKind;
import org.synergies.agreements.Agreements;
import org.synergies.mandates.Addressee;
import org.synergies.mandates.DecisionPeriod;
import org.synergies.mandates.DecisionPeriods;
import org.synergies.mandates.Duties;
import org.synergies.mandates.ImplementationStatus;
import org.synergies.mandates.LinkedRecord;
import org.synergies.mandates.MandateAddress;
import org.synergies.mandates.MandateDetails;
import org.synergies.mandates.MandateKind;
import org.synergies.mandates.MandateLink;
import org.synergies.mandates.MandateLinks;
import org.synergies.mandates.MandateStatus;
import org.synergies.mandates.MandateView;
import org.synergies.mandates.Mandates;
import org.synergies.mandates.ParagraphDetails;
import org.synergies.mandates.ParagraphKind;
import org.synergies.meetings.GoverningBodies;
import org.synergies.meetings.GoverningBody;
import org.synergies.meetings.MeetingView;
import org.synergies.meetings.NewMeeting;
import org.synergies.shared.Language;
import org.synergies.support.TestAccounts;
import org.synergies.system.AuthorizationMatrixTests.Endpoint;
import org.synergies.system.MatrixScenes.Scene;

/**
 * What the authorization matrix sends an allowed caller of an endpoint about who must do
 * what, decisions' periods, the decisions lapsing at a meeting and links to mandates:
 * fresh adopted decisions (so a version 0 is the current one), a meeting ahead with a
 * draft decision and a decision lapsing at it, a link to remove, and a valid form or
 * body.
 */
// lazy: module tests scan this package without the modules the scenes need
@Lazy
@Component
class MandateDutyScenes {

	static final Set<String> ENDPOINTS = Set.of("POST /mandates/texts/{id}/duty",
			"POST /mandates/texts/{id}/duty/notes", "POST /mandates/texts/{id}/period",
			"POST /mandates/texts/{id}/proposal", "POST /mandates/texts/{id}/links/{link}/delete",
			"GET /mandates/meetings/{meeting}/lapsing", "GET /mandates/meetings/{meeting}/lapsing/document",
			"GET /mandates/meetings/{meeting}/draft-decisions", "POST /accreditation/process/{id}/mandates",
			"POST /reporting/cycles/{id}/mandates", "POST /agreements/{id}/mandates",
			"GET /api/v1/mandates/{id}/duties", "PUT /api/v1/mandates/{id}/duties",
			"POST /api/v1/mandates/{id}/duties/notes", "PUT /api/v1/mandates/{id}/period",
			"PUT /api/v1/mandates/{id}/period/proposal", "GET /api/v1/mandates/{id}/links",
			"GET /api/v1/mandates/meetings/{meeting}/lapsing");

	/** Decision numbers 60.x to 89.x, which no other test takes. */
	private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 30_000));

	private final Mandates mandates;

	private final Duties duties;

	private final DecisionPeriods periods;

	private final MandateLinks links;

	private final GoverningBodies bodies;

	private final Agreements agreements;

	private final TestAccounts accounts;

	private @Nullable AccountView officer;

	private @Nullable MeetingView held;

	private @Nullable MeetingView ahead;

	MandateDutyScenes(Mandates mandates, Duties duties, DecisionPeriods periods, MandateLinks links,
			GoverningBodies bodies, Agreements agreements, TestAccounts accounts) {
		this.mandates = mandates;
		this.duties = duties;
		this.periods = periods;
		this.links = links;
		this.bodies = bodies;
		this.agreements = agreements;
		this.accounts = accounts;
	}

	static boolean handles(Endpoint endpoint) {
		return ENDPOINTS.contains(endpoint.toString());
	}

	Scene shape(Endpoint endpoint, Scene scene) {
		switch (endpoint.toString()) {
			case "POST /mandates/texts/{id}/duty" -> scene.with("id", decision(MandateStatus.ADOPTED).id())
				.param("addressees", "SECRETARIAT")
				.param("status", "ONGOING")
				.param("version", 0);
			case "POST /mandates/texts/{id}/duty/notes" -> scene.with("id", decision(MandateStatus.ADOPTED).id())
				.param("notedOn", "2021-03-01")
				.param("textEn", "Done.");
			case "POST /mandates/texts/{id}/period" -> scene.with("id", decision(MandateStatus.ADOPTED).id())
				.param("from", held().id())
				.param("until", ahead().id())
				.param("version", 0);
			case "POST /mandates/texts/{id}/proposal" -> {
				DecisionPeriod period = lapsing();
				scene.with("id", period.mandate()).param("proposal", "RENEW").param("version", period.version());
			}
			case "POST /mandates/texts/{id}/links/{link}/delete" -> {
				MandateView decision = decision(MandateStatus.ADOPTED);
				UUID record = UUID.randomUUID();
				MandateLink link = asOfficer(() -> this.links.link(new LinkedRecord("reporting", record, "Matrix cycle",
						null, null, "/reporting/cycles/" + record), MandateAddress.of(decision, null)));
				scene.with("id", decision.id()).with("link", link.id());
			}
			case "GET /mandates/meetings/{meeting}/lapsing", "GET /mandates/meetings/{meeting}/lapsing/document",
					"GET /api/v1/mandates/meetings/{meeting}/lapsing" -> {
				lapsing();
				scene.with("meeting", ahead().id()).param("format", "html");
			}
			case "GET /mandates/meetings/{meeting}/draft-decisions" -> {
				decision(MandateStatus.DRAFT);
				scene.with("meeting", ahead().id()).param("format", "html");
			}
			case "POST /accreditation/process/{id}/mandates", "POST /reporting/cycles/{id}/mandates" ->
				scene.param("address", decision(MandateStatus.ADOPTED).slug());
			case "POST /agreements/{id}/mandates" -> {
				UUID organization = UUID.fromString(scene.variables.get("organization"));
				UUID agreement = asOfficer(
						() -> this.agreements.negotiate(new AgreementDetails(AgreementKind.PARTNERSHIP_AGREEMENT, "CMS",
								List.of(organization), "Matrix mandate agreement " + NEXT.incrementAndGet(), null, null,
								null, null, null, null, null)))
					.id();
				scene.with("id", agreement).param("address", decision(MandateStatus.ADOPTED).slug());
			}
			case "GET /api/v1/mandates/{id}/duties", "GET /api/v1/mandates/{id}/links" ->
				scene.with("id", decision(MandateStatus.ADOPTED).id());
			case "PUT /api/v1/mandates/{id}/duties" -> scene.with("id", decision(MandateStatus.ADOPTED).id())
				.json("{\"addressees\":[\"PARTIES\"],\"status\":\"ONGOING\",\"version\":0}");
			case "POST /api/v1/mandates/{id}/duties/notes" -> scene.with("id", decision(MandateStatus.ADOPTED).id())
				.json("{\"notedOn\":\"2021-03-01\",\"textFr\":\"Fait.\"}");
			case "PUT /api/v1/mandates/{id}/period" -> scene.with("id", decision(MandateStatus.ADOPTED).id())
				.json("{\"from\":\"%s\",\"until\":\"%s\",\"version\":0}", held().id(), ahead().id());
			case "PUT /api/v1/mandates/{id}/period/proposal" -> {
				DecisionPeriod period = lapsing();
				scene.with("id", period.mandate()).json("{\"proposal\":\"DELETE\",\"version\":%d}", period.version());
			}
			default -> {
			}
		}
		return scene;
	}

	/** A fresh decision lapsing at the meeting ahead. */
	private DecisionPeriod lapsing() {
		MandateView decision = decision(MandateStatus.ADOPTED);
		asOfficer(() -> this.duties.assign(decision.id(), null, Set.of(Addressee.SECRETARIAT),
				ImplementationStatus.ONGOING, 0));
		return asOfficer(() -> this.periods.set(decision.id(), held().id(), ahead().id(), 0));
	}

	/**
	 * A decision with operative paragraph 1, for the meeting held (or, a draft, ahead).
	 */
	private MandateView decision(MandateStatus status) {
		int next = NEXT.incrementAndGet() % 30_000;
		String number = (60 + next / 1000) + "." + (next % 1000);
		UUID meeting = status == MandateStatus.DRAFT ? ahead().id() : held().id();
		return asOfficer(() -> {
			MandateView recorded = this.mandates.record(new MandateDetails(MandateKind.DECISION, number, null,
					"Matrix decision", null, null, meeting, status));
			return this.mandates.enter(recorded.id(), recorded.version(), List.of(new ParagraphDetails(Language.EN,
					ParagraphKind.OPERATIVE, "1", null, "The Secretariat shall report.", null, null)));
		});
	}

	private MeetingView held() {
		if (this.held == null) {
			this.held = meeting(LocalDate.parse("2020-02-17"));
		}
		return this.held;
	}

	private MeetingView ahead() {
		if (this.ahead == null) {
			this.ahead = meeting(LocalDate.now().plusMonths(6));
		}
		return this.ahead;
	}

	private MeetingView meeting(LocalDate opens) {
		return this.bodies.schedule(new NewMeeting(GoverningBody.STANDING_COMMITTEE,
				70_000 + NEXT.incrementAndGet() % 20_000, opens, opens.plusDays(2), "Bonn", "DE"));
	}

	private <T> T asOfficer(Supplier<T> action) {
		if (this.officer == null) {
			this.officer = this.accounts.active(Language.EN, Role.SECRETARIAT_OFFICER);
		}
		return TestAccounts.runAs(this.officer, action);
	}

}
