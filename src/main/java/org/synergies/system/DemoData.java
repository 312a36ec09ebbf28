package org.synergies.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Profile;

/**
 * Marks a bean that seeds demo data: well-known accounts, passwords and API tokens. It
 * exists only under the Spring profile {@value #PROFILE}, an explicit choice (the
 * README's first command makes it); the application refuses to start with that profile
 * where anything looks like production (see {@code DemoDataSafeguard}).
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Profile(DemoData.PROFILE)
public @interface DemoData {

	/** The Spring profile that seeds demo data. */
	String PROFILE = "demo";

}
