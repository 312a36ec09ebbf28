package org.synergies.system.database;

import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.support.TaskUtils;
import org.springframework.util.ErrorHandler;

/**
 * Scheduled work (e-mail delivery every few seconds, notices, clean-ups) meets a database
 * outage like any request: the round is skipped and the next one tries again. Without
 * this, every round logged a stack trace for as long as the database was away.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledWorkDuringOutages {

	static final ErrorHandler ERRORS = failure -> {
		if (DatabaseUnavailable.causedBy(failure)) {
			DatabaseUnavailable.report("scheduled work", failure);
		}
		else {
			TaskUtils.LOG_AND_SUPPRESS_ERROR_HANDLER.handleError(failure);
		}
	};

	@Bean
	ThreadPoolTaskSchedulerCustomizer scheduledWorkErrors() {
		return scheduler -> scheduler.setErrorHandler(ERRORS);
	}

	@Bean
	SimpleAsyncTaskSchedulerCustomizer scheduledWorkErrorsOnVirtualThreads() {
		return scheduler -> scheduler.setErrorHandler(ERRORS);
	}

}
