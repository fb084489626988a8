package org.aftersales.core.shared;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A policy (策略): an interface for a business rule whose details vary between companies —
 * service levels, complaint numbering, penalty allocation. Declared in core, implemented in
 * {@code aftersales-rules} with the seed's defaults; adopters may supply their own.
 *
 * <p>A marker of the type's role in the hexagon, read by the architecture tests; it has no effect
 * at run time.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Policy {}
