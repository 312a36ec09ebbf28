package org.synergies.system.events;

import java.time.Duration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.modulith.events.CompletedEventPublications;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Keeps the event publication registry. A listener that failed (an e-mail that could not
 * be queued, a node that stopped before its listener finished) leaves its publication
 * incomplete: it is resubmitted once it is older than
 * {@code synergies.events.retry-after}, by one node at a time ({@link ScheduledLease});
 * the outbox's occurrence key keeps a listener run twice from writing a message twice.
 * Completed publications are deleted after {@code synergies.events.keep-completed}.
 */
@Component
class PublicationRegistryUpkeep {

	static final String LEASE = "event-resubmission";

	private static final Logger log = LoggerFactory.getLogger(PublicationRegistryUpkeep.class);

	private final IncompleteEventPublications incomplete;

	private final CompletedEventPublications completed;

	private final ScheduledLease lease;

	private final Duration retryAfter;

	private final Duration keepCompleted;

	PublicationRegistryUpkeep(IncompleteEventPublications incomplete, CompletedEventPublications completed,
			ScheduledLease lease, @Value("${synergies.events.retry-after:PT5M}") Duration retryAfter,
			@Value("${synergies.events.keep-completed:P30D}") Duration keepCompleted) {
		this.incomplete = incomplete;
		this.completed = completed;
		this.lease = lease;
		this.retryAfter = retryAfter;
		this.keepCompleted = keepCompleted;
	}

	/**
	 * Resubmits the incomplete publications older than the retry delay.
	 * @return whether this node held the lease and resubmitted
	 */
	@Scheduled(fixedDelayString = "${synergies.events.retry-interval:PT1M}",
			initialDelayString = "${synergies.events.retry-interval:PT1M}")
	boolean resubmitIncomplete() {
		if (!this.lease.take(LEASE, this.retryAfter)) {
			return false;
		}
		// the lease is kept for the retry delay, not given back: the listeners
		// resubmitted
		// run asynchronously and may still be running when this method returns
		try {
			this.incomplete.resubmitIncompletePublicationsOlderThan(this.retryAfter);
		}
		catch (RuntimeException exception) {
			log.warn("Could not resubmit incomplete event publications: {}", exception.getMessage());
		}
		return true;
	}

	@Scheduled(cron = "${synergies.events.cleanup:0 30 3 * * *}", zone = "UTC")
	void deleteOldCompleted() {
		this.completed.deletePublicationsOlderThan(this.keepCompleted);
	}

}
