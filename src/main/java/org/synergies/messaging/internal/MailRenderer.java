package org.synergies.messaging.internal;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.synergies.messaging.OutgoingMail;
import org.thymeleaf.context.Context;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templatemode.TemplateMode;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

/**
 * Renders plain-text e-mails from {@code templates/mail/<name>.txt} in the recipient's
 * language, with the same message bundles as the pages.
 */
@Component
class MailRenderer {

	record Rendered(String subject, String body) {
	}

	private final MessageSource messages;

	private final SpringTemplateEngine engine = new SpringTemplateEngine();

	MailRenderer(MessageSource messages) {
		this.messages = messages;
		ClassLoaderTemplateResolver resolver = new ClassLoaderTemplateResolver();
		resolver.setPrefix("templates/mail/");
		resolver.setSuffix(".txt");
		resolver.setTemplateMode(TemplateMode.TEXT);
		resolver.setCharacterEncoding("UTF-8");
		resolver.setCacheable(true);
		this.engine.setTemplateResolver(resolver);
		this.engine.setTemplateEngineMessageSource(messages);
	}

	Rendered render(OutgoingMail mail) {
		Context context = new Context(mail.language().locale(), mail.variables());
		String subject = this.messages.getMessage("mail." + mail.template() + ".subject",
				mail.subjectArguments().toArray(), mail.language().locale());
		return new Rendered(subject, this.engine.process(mail.template(), context));
	}

}
