package org.synergies.accreditation;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.IncompleteEventPublications;
import org.springframework.test.context.bean.override.mockito.MockitoSpyBean;
import org.synergies.messaging.OutgoingMail;
import org.synergies.messaging.Outbox;
import org.synergies.messaging.SentMail;
import org.synergies.shared.Language;
import org.synergies.support.DatabaseTest;
import org.synergies.support.TestAccounts;
import org.synergies.support.TestAccreditation;
import org.synergies.support.TestAccreditation.Ngo;
import org.synergies.support.TestEvents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doCallRealMethod;
import static org.mockito.Mockito.doThrow;

/**
 * An e-mail whose listener fails is not lost: its event publication stays incomplete, a
 * resubmission writes the message, and a further resubmission (a second node, a retry
 * after a crash) does not write it twice.
 */
@SpringBootTest
@DatabaseTest
class AccreditationMailRetryTests {

	private static final String LISTENER = "%AccreditationMails.statusChanged%";

	@MockitoSpyBean
	Outbox outbox;

	@Autowired
	TestAccreditation fixtures;

	@Autowired
	AccreditationApplications applications;

	@Autowired
	IncompleteEventPublications incomplete;

	@Autowired
	TestEvents listeners;

	@Autowired
	JdbcClient jdbc;

	@Test
	void aReceiptThatCouldNotBeQueuedIsSentOnceOnResubmission() {
		this.fixtures.processInForceWithOpenCall();
		Ngo ngo = this.fixtures.ngo(Language.EN);
		ApplicationView draft = this.fixtures.completeDraft(ngo);
		doThrow(new IllegalStateException("outbox unavailable")).when(this.outbox).send(any(OutgoingMail.class));

		TestAccounts.runAs(ngo.member(), () -> this.applications.submit(draft.id()));
		this.listeners.settle();

		assertThat(receipts(ngo)).as("the listener failed").isEmpty();
		assertThat(incompleteReceipts(draft)).as("its publication is kept, incomplete").isEqualTo(1);

		doCallRealMethod().when(this.outbox).send(any(OutgoingMail.class));
		this.incomplete.resubmitIncompletePublications(publication -> true);
		this.listeners.settle();

		assertThat(receipts(ngo)).hasSize(1);
		assertThat(incompleteReceipts(draft)).isZero();

		// the same publication run again (what a second node or a crash before completion
		// would do) finds the message already queued
		this.jdbc
			.sql("UPDATE event_publication SET completion_date = NULL, status = 'FAILED'"
					+ " WHERE listener_id LIKE :listener AND serialized_event LIKE :application")
			.param("listener", LISTENER)
			.param("application", "%" + draft.id() + "%")
			.update();
		this.incomplete.resubmitIncompletePublications(publication -> true);
		this.listeners.settle();

		assertThat(incompleteReceipts(draft)).as("the second run completed").isZero();
		assertThat(receipts(ngo)).as("and wrote nothing more").hasSize(1);
	}

	private List<SentMail> receipts(Ngo ngo) {
		return this.outbox.sentTo(ngo.member().email())
			.stream()
			.filter(mail -> mail.template().equals("accreditation-submitted"))
			.toList();
	}

	private long incompleteReceipts(ApplicationView application) {
		return this.jdbc
			.sql("SELECT count(*) FROM event_publication WHERE completion_date IS NULL"
					+ " AND listener_id LIKE :listener AND serialized_event LIKE :application")
			.param("listener", LISTENER)
			.param("application", "%" + application.id() + "%")
			.query(Long.class)
			.single();
	}

}
