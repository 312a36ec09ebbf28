package org.synergies.audit.web;

import java.net.URI;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import org.synergies.audit.AuditTrail;
import org.synergies.audit.AuditVerification;
import org.synergies.audit.AuditVerification.BrokenLink;

/**
 * Walks the audit trail's hash chain for an administrator: 200 with the chain's last link
 * when intact, otherwise a 409 problem naming the first broken row.
 */
@RestController
@Tag(name = "Audit", description = "Integrity of the audit trail")
class AuditVerificationController {

	private final AuditTrail audit;

	private final MessageSource messages;

	AuditVerificationController(AuditTrail audit, MessageSource messages) {
		this.audit = audit;
		this.messages = messages;
	}

	@GetMapping("/api/v1/admin/audit/verification")
	@PreAuthorize("hasRole('SECRETARIAT_ADMIN')")
	@Operation(summary = "Verify the audit trail",
			description = "Recomputes the hash chain of every audit row. Keep the answer's lastHash outside the "
					+ "platform: a later verification then also shows whether the chain up to there was rewritten.")
	ResponseEntity<?> verification() {
		AuditVerification verification = this.audit.verify();
		BrokenLink broken = verification.firstBroken();
		if (broken == null) {
			return ResponseEntity.ok(new AuditChainIntact(true, verification.rowsChecked(), verification.lastPosition(),
					verification.lastHash()));
		}
		String detail = switch (broken.reason()) {
			case ALTERED -> message("audit.verification.altered", String.valueOf(broken.eventId()),
					String.valueOf(broken.position()));
			case REMOVED -> message("audit.verification.removed", String.valueOf(broken.position()));
		};
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, detail);
		problem.setType(URI.create("urn:synergies:problem:audit-chain-broken"));
		problem.setTitle(message("problem.audit-chain-broken.title"));
		problem.setProperty("intact", false);
		problem.setProperty("rowsChecked", verification.rowsChecked());
		problem.setProperty("position", broken.position());
		if (broken.eventId() != null) {
			problem.setProperty("eventId", broken.eventId());
		}
		problem.setProperty("reason", broken.reason().name().toLowerCase(java.util.Locale.ROOT));
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	private String message(String key, Object... arguments) {
		return this.messages.getMessage(key, arguments, LocaleContextHolder.getLocale());
	}

	/** The answer when every row is as it was written. */
	record AuditChainIntact(boolean intact, long rowsChecked, long lastPosition, String lastHash) {
	}

}
