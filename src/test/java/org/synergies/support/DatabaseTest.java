package org.synergies.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A test that touches the database. The build runs it twice: on H2 (the embedded default)
 * and on PostgreSQL (Maven's second surefire pass, {@code -Dgroups=database}).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Tag("database")
@ExtendWith(PostgresAvailable.class)
public @interface DatabaseTest {

}
