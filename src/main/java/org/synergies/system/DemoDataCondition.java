package org.synergies.system;

import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.core.type.AnnotatedTypeMetadata;

class DemoDataCondition implements Condition {

	@Override
	public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
		var environment = context.getEnvironment();
		String url = environment.getProperty("spring.datasource.url", "");
		return environment.getProperty("synergies.demo-data", Boolean.class, false) && url.startsWith("jdbc:h2:");
	}

}
