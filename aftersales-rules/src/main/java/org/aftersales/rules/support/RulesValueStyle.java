package org.aftersales.rules.support;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style of the {@code aftersales-rules} module. <b>Internal</b>: it exists for the
 * module's own configuration and result types; adopters have no reason to use it.
 *
 * <p>The same settings as core's {@code DomainValueStyle}: package-private generated
 * implementations hidden behind the abstract type, public nested {@code Builder}s that extend the
 * generated ones, strict builders, source retention. See
 * {@code docs/decisions/0005-one-immutables-style-per-module.md}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    depluralize = true,
    defaults = @Value.Immutable(copy = false))
public @interface RulesValueStyle {}
