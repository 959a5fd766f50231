package org.vangnet.base.scheduling;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.task.SimpleAsyncTaskSchedulerCustomizer;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ErrorHandler;
import org.vangnet.base.db.DatabaseUnavailable;

/**
 * A scheduled job that finds the database unreachable skips its run with one line in the log and
 * runs again at its next time (decision 023): its lock could not be taken, or its transaction was
 * rolled back, so nothing is half-done. Anything else is logged in full, as Spring does by default.
 */
@Configuration(proxyBeanMethods = false)
class ScheduledJobErrors implements ErrorHandler {

    private static final Logger log = LoggerFactory.getLogger(ScheduledJobErrors.class);

    @Override
    public void handleError(Throwable failure) {
        if (DatabaseUnavailable.isCause(failure)) {
            log.warn("Scheduled job skipped, the database cannot be reached ({}); it runs again at its next time",
                    failure.getMessage());
        } else {
            log.error("Scheduled job failed", failure);
        }
    }

    @Bean
    ThreadPoolTaskSchedulerCustomizer scheduledJobErrorHandler() {
        return scheduler -> scheduler.setErrorHandler(this);
    }

    @Bean
    SimpleAsyncTaskSchedulerCustomizer scheduledJobErrorHandlerOnVirtualThreads() {
        return scheduler -> scheduler.setErrorHandler(this);
    }
}
