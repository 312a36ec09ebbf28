package org.synergies.documents;

import java.util.logging.Level;

import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLogger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends the PDF renderer's log (otherwise printed to the console by java.util.logging) to
 * the application's log, under {@code com.openhtmltopdf.<area>}: its chatter at INFO
 * stays out of the way, its warnings (a missing glyph, a bad CSS rule) do not.
 */
final class Slf4jRendererLog implements XRLogger {

	@Override
	public void log(String where, Level level, String message) {
		log(where, level, message, null);
	}

	@Override
	public void log(String where, Level level, String message, Throwable failure) {
		Logger logger = LoggerFactory.getLogger(where);
		int value = level.intValue();
		if (value >= Level.SEVERE.intValue()) {
			logger.error(message, failure);
		}
		else if (value >= Level.WARNING.intValue()) {
			logger.warn(message, failure);
		}
		else if (value >= Level.INFO.intValue()) {
			logger.debug(message, failure);
		}
		else {
			logger.trace(message, failure);
		}
	}

	@Override
	public void setLevel(String logger, Level level) {
		// levels are set in the application's logging configuration
	}

	@Override
	public boolean isLogLevelEnabled(Diagnostic diagnostic) {
		Logger logger = LoggerFactory.getLogger(diagnostic.getLogMessageId().getWhere());
		return diagnostic.getLevel().intValue() >= Level.WARNING.intValue() ? logger.isWarnEnabled()
				: logger.isDebugEnabled();
	}

}
