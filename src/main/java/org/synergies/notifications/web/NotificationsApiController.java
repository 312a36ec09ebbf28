package org.synergies.notifications.web;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.notifications.ContributionChannel;
import org.synergies.notifications.ContributionView;
import org.synergies.notifications.Contributions;
import org.synergies.notifications.NotificationAccess;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.notifications.web.NotificationApiRecords.NotificationAddresseeStatusResponse;
import org.synergies.notifications.web.NotificationApiRecords.NotificationContributionReplaceRequest;
import org.synergies.notifications.web.NotificationApiRecords.NotificationContributionRequest;
import org.synergies.notifications.web.NotificationApiRecords.NotificationContributionResponse;
import org.synergies.notifications.web.NotificationApiRecords.NotificationDraftRequest;
import org.synergies.notifications.web.NotificationApiRecords.NotificationIssueRequest;
import org.synergies.notifications.web.NotificationApiRecords.NotificationResponse;
import org.synergies.shared.NotFoundException;

/**
 * Notifications for other systems: issued ones are public; the Secretariat drafts, issues
 * and follows them; an addressee sends and replaces its contributions, which are not
 * public (they will be once compiled, unless the sender asked otherwise).
 */
@RestController
@RequestMapping("/api/v1/notifications")
class NotificationsApiController {

	private final Notifications notifications;

	private final Contributions contributions;

	private final NotificationAccess access;

	NotificationsApiController(Notifications notifications, Contributions contributions, NotificationAccess access) {
		this.notifications = notifications;
		this.contributions = contributions;
		this.access = access;
	}

	/** Issued notifications, newest first. */
	@GetMapping
	List<NotificationResponse> list() {
		return this.notifications.published().stream().map(NotificationResponse::of).toList();
	}

	/** A notification by id or number ({@code 2018-008}); drafts: the Secretariat. */
	@GetMapping("/{id}")
	NotificationResponse notification(@PathVariable String id) {
		return NotificationResponse.of(this.notifications.require(id));
	}

	@PostMapping
	@PreAuthorize("@notificationAccess.isSecretariat()")
	ResponseEntity<NotificationResponse> draft(@RequestBody NotificationDraftRequest request) {
		NotificationView draft = this.notifications.draft(request.details(), Map.of());
		return ResponseEntity.created(URI.create("/api/v1/notifications/" + draft.id()))
			.body(NotificationResponse.of(draft));
	}

	/** Issues a draft: numbered, published, sent to every addressee. */
	@PostMapping("/{id}/issue")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	NotificationResponse issue(@PathVariable String id, @RequestBody NotificationIssueRequest request) {
		NotificationView notification = this.notifications.require(id);
		return NotificationResponse
			.of(this.notifications.issue(notification.id(), request.version(), request.number()));
	}

	/** Who was asked, who answered (and through whom), who was reminded. */
	@GetMapping("/{id}/addressees")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	List<NotificationAddresseeStatusResponse> addressees(@PathVariable String id) {
		NotificationView notification = this.notifications.require(id);
		return this.contributions.overview(notification.id())
			.stream()
			.map(NotificationAddresseeStatusResponse::of)
			.toList();
	}

	/** The contributions the caller may read: all for the Secretariat, else their own. */
	@GetMapping("/{id}/contributions")
	@PreAuthorize("isAuthenticated()")
	List<NotificationContributionResponse> contributions(@PathVariable String id) {
		NotificationView notification = this.notifications.require(id);
		return this.contributions.of(notification.id()).stream().map(NotificationContributionResponse::of).toList();
	}

	/**
	 * An addressee answers (a focal point for their country, a member for their
	 * organization); the Secretariat records one received by e-mail or letter.
	 */
	@PostMapping("/{id}/contributions")
	@PreAuthorize("@notificationAccess.isSecretariat() or @notificationAccess.mayAnswer()")
	ResponseEntity<NotificationContributionResponse> contribute(@PathVariable String id,
			@RequestBody NotificationContributionRequest request) {
		NotificationView notification = this.notifications.require(id);
		ContributionView saved = this.access.isSecretariat() && request.channel() != ContributionChannel.ONLINE
				? this.contributions.record(notification.id(), request.details(), List.of())
				: this.contributions.answer(notification.id(), request.details(), List.of());
		return ResponseEntity
			.created(URI.create("/api/v1/notifications/" + notification.id() + "/contributions/" + saved.id()))
			.body(NotificationContributionResponse.of(saved));
	}

	/** The sender replaces its contribution (the revision before is kept). */
	@PutMapping("/{id}/contributions/{contribution}")
	@PreAuthorize("isAuthenticated()")
	NotificationContributionResponse replace(@PathVariable String id, @PathVariable UUID contribution,
			@RequestBody NotificationContributionReplaceRequest request) {
		NotificationView notification = this.notifications.require(id);
		ContributionView found = this.contributions.require(contribution);
		if (!found.notification().equals(notification.id())) {
			throw new NotFoundException(Contributions.AUDITED_AS, contribution);
		}
		return NotificationContributionResponse
			.of(this.contributions.replace(contribution, request.version(), request.details(), List.of()));
	}

}
