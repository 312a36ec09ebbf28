package org.synergies.system;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.context.annotation.Conditional;

/**
 * Marks a bean that seeds demo data. It exists only on the embedded default database (an
 * H2 URL) with {@code synergies.demo-data=true}: never on PostgreSQL, so never in
 * production.
 */
@Target({ ElementType.TYPE, ElementType.METHOD })
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Conditional(DemoDataCondition.class)
public @interface DemoData {

}
