package org.synergies.audit;

import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import org.synergies.support.DatabaseTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
@DatabaseTest
class AuditTrailTests {

	@Autowired
	AuditTrail audit;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void recordsWhoWhatAndTheChangedValuesNewestFirst() {
		UUID id = UUID.randomUUID();
		this.transactions.executeWithoutResult(status -> {
			this.audit.record("thing", id, "created", null, Map.of("name", "Ramsar", "kind", "MEA"));
		});
		this.transactions.executeWithoutResult(status -> {
			this.audit.record("thing", id, "updated", Map.of("name", "Ramsar", "kind", "MEA"),
					Map.of("name", "Ramsar Convention", "kind", "MEA"));
		});

		assertThat(this.audit.historyOf("thing", id)).satisfiesExactly(update -> {
			assertThat(update.action()).isEqualTo("updated");
			assertThat(update.actorName()).isEqualTo("system");
			assertThat(update.changes())
				.containsExactly(new AuditEntry.FieldChange("name", "Ramsar", "Ramsar Convention"));
		}, creation -> {
			assertThat(creation.action()).isEqualTo("created");
			assertThat(creation.changes()).hasSize(2);
		});
	}

	@Test
	void anEntryIsWrittenOnlyWithTheChangeItDescribes() {
		UUID id = UUID.randomUUID();

		assertThatThrownBy(() -> this.audit.record("thing", id, "created", null, Map.of("a", 1)))
			.isInstanceOf(IllegalTransactionStateException.class);
		this.transactions.executeWithoutResult(status -> {
			this.audit.record("thing", id, "created", null, Map.of("a", 1));
			status.setRollbackOnly();
		});

		assertThat(this.audit.historyOf("thing", id)).isEmpty();
	}

	@Test
	void anEntryOfAnInnerNewTransactionIsWrittenWithItAndNotWithTheOuterOne() {
		UUID outer = UUID.randomUUID();
		UUID inner = UUID.randomUUID();
		TransactionTemplate requiresNew = new TransactionTemplate(this.transactions.getTransactionManager());
		requiresNew.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);

		this.transactions.executeWithoutResult(status -> {
			this.audit.record("thing", outer, "created", null, Map.of("a", 1));
			requiresNew.executeWithoutResult(
					innerStatus -> this.audit.record("thing", inner, "created", null, Map.of("b", 2)));
			status.setRollbackOnly();
		});

		assertThat(this.audit.historyOf("thing", outer)).isEmpty();
		assertThat(this.audit.historyOf("thing", inner)).hasSize(1);
		assertThat(this.audit.verify().intact()).isTrue();
	}

}
