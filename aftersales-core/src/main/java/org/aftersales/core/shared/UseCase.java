package org.aftersales.core.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A use case (用例): the entry point an adopter's controller or scheduler calls. It validates the
 * command, loads through ports, applies the aggregate's command method, saves through ports, and
 * holds nothing but ports, policies, a {@code Clock}, the command validator and values.
 *
 * <p>A marker of the type's role in the hexagon, read by the architecture tests; it has no effect
 * at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface UseCase {}
