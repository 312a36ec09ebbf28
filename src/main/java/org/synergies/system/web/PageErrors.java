package org.synergies.system.web;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.util.unit.DataSize;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;
import org.synergies.shared.NotFoundException;
import org.synergies.shared.RuleViolationException;

/**
 * The last word for page requests: an unknown record is a 404 page, a broken rule or a
 * stale edit a 409 page that explains itself. Controllers that can keep the user's input
 * catch these first and show them on the form.
 */
@ControllerAdvice
@Order(Ordered.LOWEST_PRECEDENCE)
class PageErrors {

	private final long maxUploadMegabytes;

	PageErrors(@Value("${synergies.files.max-size:10MB}") DataSize maxUpload) {
		this.maxUploadMegabytes = maxUpload.toMegabytes();
	}

	/** A file beyond even the server's request limit never reaches the controller. */
	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView uploadTooLarge(HttpServletResponse response) {
		response.setStatus(HttpStatus.CONTENT_TOO_LARGE.value());
		ModelAndView page = new ModelAndView("error/409");
		page.addObject("messageKey", "files.rule.too-large");
		page.addObject("messageArguments", new Object[] { this.maxUploadMegabytes });
		return page;
	}

	@ExceptionHandler(NotFoundException.class)
	ModelAndView notFound(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_NOT_FOUND);
		return new ModelAndView("error/404");
	}

	@ExceptionHandler(RuleViolationException.class)
	ModelAndView ruleViolated(RuleViolationException exception, HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		ModelAndView page = new ModelAndView("error/409");
		page.addObject("messageKey", exception.messageKey());
		page.addObject("messageArguments", exception.arguments());
		return page;
	}

	@ExceptionHandler(OptimisticLockingFailureException.class)
	ModelAndView staleEdit(HttpServletResponse response) {
		response.setStatus(HttpServletResponse.SC_CONFLICT);
		ModelAndView page = new ModelAndView("error/409");
		page.addObject("messageKey", "error.conflict.stale");
		page.addObject("messageArguments", new Object[0]);
		return page;
	}

}
