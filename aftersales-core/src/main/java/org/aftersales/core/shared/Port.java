package org.aftersales.core.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A driven port (端口): an interface the domain declares and the host application implements over
 * its own database, messaging or clock — a repository named as a plural domain noun
 * ({@code Complaints}), a sequence ({@code NumberSequences}), an event publisher. Its Javadoc is a
 * contract; the testkit has an abstract contract test per port that proves an adapter keeps it.
 *
 * <p>A marker of the type's role in the hexagon, read by the architecture tests; it has no effect
 * at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Port {}
