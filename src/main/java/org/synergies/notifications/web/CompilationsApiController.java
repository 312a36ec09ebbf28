package org.synergies.notifications.web;

import java.net.URI;
import java.util.List;
import java.util.UUID;

import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.notifications.NotificationCompilation;
import org.synergies.notifications.NotificationCompilations;
import org.synergies.notifications.NotificationView;
import org.synergies.notifications.Notifications;
import org.synergies.notifications.web.CompilationApiRecords.NotificationCompilationPublishRequest;
import org.synergies.notifications.web.CompilationApiRecords.NotificationCompilationRequest;
import org.synergies.notifications.web.CompilationApiRecords.NotificationCompilationResponse;
import org.synergies.notifications.web.CompilationApiRecords.NotificationCompiledContributionResponse;
import org.synergies.notifications.web.CompilationApiRecords.NotificationSummaryResponse;
import org.synergies.system.Downloads;

/**
 * Compilations "as received" for other systems: the Secretariat asks for one, follows its
 * progress and publishes it; published compilations, their outputs and the contributions
 * they hold are public. The summary of who contributed is the Secretariat's.
 */
@RestController
@RequestMapping("/api/v1/notifications/{id}")
class CompilationsApiController {

	private final Notifications notifications;

	private final NotificationCompilations compilations;

	CompilationsApiController(Notifications notifications, NotificationCompilations compilations) {
		this.notifications = notifications;
		this.compilations = compilations;
	}

	/** The compilations: all for the Secretariat, the published ones for anyone. */
	@GetMapping("/compilations")
	List<NotificationCompilationResponse> compilations(@PathVariable String id) {
		NotificationView notification = this.notifications.require(id);
		return this.compilations.of(notification.id()).stream().map(NotificationCompilationResponse::of).toList();
	}

	/** Asks for a compilation; it is written in the background (poll its address). */
	@PostMapping("/compilations")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	ResponseEntity<NotificationCompilationResponse> compile(@PathVariable String id,
			@RequestBody NotificationCompilationRequest request) {
		NotificationView notification = this.notifications.require(id);
		NotificationCompilation queued = this.compilations.request(notification.id(), request.symbol(),
				request.chosenLanguage());
		return ResponseEntity
			.created(URI.create("/api/v1/notifications/" + notification.id() + "/compilations/" + queued.id()))
			.body(NotificationCompilationResponse.of(queued));
	}

	@GetMapping("/compilations/{compilation}")
	NotificationCompilationResponse compilation(@PathVariable String id, @PathVariable UUID compilation) {
		NotificationView notification = this.notifications.require(id);
		return NotificationCompilationResponse.of(this.compilations.require(notification.id(), compilation));
	}

	/** An output: {@code docx}, {@code pdf} or {@code html}. */
	@GetMapping("/compilations/{compilation}/{format}")
	ResponseEntity<byte[]> download(@PathVariable String id, @PathVariable UUID compilation,
			@PathVariable String format) {
		NotificationView notification = this.notifications.require(id);
		NotificationCompilations.Download download = this.compilations.download(notification.id(), compilation, format);
		return Downloads.attachment(download.mediaType(), download.fileName(), download.content());
	}

	/**
	 * Publishes a written compilation: it and the contributions it holds become public.
	 */
	@PostMapping("/compilations/{compilation}/publish")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	NotificationCompilationResponse publish(@PathVariable String id, @PathVariable UUID compilation,
			@RequestBody NotificationCompilationPublishRequest request) {
		NotificationView notification = this.notifications.require(id);
		return NotificationCompilationResponse
			.of(this.compilations.publish(notification.id(), compilation, request.version()));
	}

	/** Who contributed, in one paragraph per working language, for progress reports. */
	@GetMapping("/summary")
	@PreAuthorize("@notificationAccess.isSecretariat()")
	NotificationSummaryResponse summary(@PathVariable String id) {
		NotificationView notification = this.notifications.require(id);
		return NotificationSummaryResponse.of(this.compilations.summary(notification.id()));
	}

	/**
	 * The contributions published compilations hold, as received, with their courtesy
	 * translations.
	 */
	@GetMapping("/compiled-contributions")
	List<NotificationCompiledContributionResponse> compiled(@PathVariable String id) {
		NotificationView notification = this.notifications.require(id);
		return this.compilations.compiled(notification.id())
			.stream()
			.map(contribution -> NotificationCompiledContributionResponse.of(contribution, notification))
			.toList();
	}

}
