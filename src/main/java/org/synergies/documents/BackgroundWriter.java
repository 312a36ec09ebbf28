package org.synergies.documents;

import jakarta.annotation.PreDestroy;

import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Writes long documents (compilations) in the background, one at a time on each node:
 * writing them is CPU-bound (PDF rendering), and pages must stay responsive meanwhile. A
 * job asked for inside a transaction starts once it commits, so that it reads what asked
 * for it; the caller keeps the job's progress in its own records.
 */
@Service
public class BackgroundWriter {

	/** Not a bean, so that it does not replace the application's task executor. */
	private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();

	BackgroundWriter() {
		this.executor.setCorePoolSize(1);
		this.executor.setMaxPoolSize(1);
		this.executor.setQueueCapacity(100);
		this.executor.setThreadNamePrefix("compilation-");
		this.executor.setWaitForTasksToCompleteOnShutdown(true);
		this.executor.setAwaitTerminationSeconds(60);
		this.executor.initialize();
	}

	/** Runs the job after the current transaction commits, or now without one. */
	public void afterCommit(Runnable job) {
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					BackgroundWriter.this.executor.execute(job);
				}
			});
		}
		else {
			this.executor.execute(job);
		}
	}

	@PreDestroy
	void stop() {
		this.executor.shutdown();
	}

}
