package org.aftersales.core.internal;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.aftersales.core.shared.InvalidInputException;
import org.immutables.value.Value;

/**
 * The Immutables style of the {@code aftersales-core} module. <b>Internal</b>: it exists for the
 * library's own value types; adopters have no reason to use it.
 *
 * <p>Generated implementations ({@code Immutable*}) are package-private and hidden behind the
 * abstract value type ({@code overshadowImplementation}); wide types expose a public nested
 * {@code Builder} that extends the generated builder, so adopters only ever name the abstract type
 * and its {@code Builder}. Builders are strict (an attribute cannot be set twice). A {@code build()}
 * with required attributes missing throws {@link InvalidInputException} naming them in
 * both languages; a {@code null} passed to a builder
 * method throws {@link NullPointerException} naming the attribute (a programming error). The annotation
 * has source retention: nothing of it reaches the class files. See
 * {@code docs/decisions/0010-one-idiom-per-kind-of-type.md}.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.SOURCE)
@Value.Style(
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    strictBuilder = true,
    // build() with required attributes missing throws the library's bilingual error, naming them,
    // rather than an English-only IllegalStateException.
    throwForInvalidImmutableState = InvalidInputException.class,
    depluralize = true,
    // copy = true here, not as @Value.Immutable(copy = true) on a type: element values of
    // class-retention annotations reach the jars and warn adopters without Immutables (0015).
    defaults = @Value.Immutable(copy = true),
    // Only JDK annotations on generated code: no Error Prone, javax.annotation.processing or other
    // annotations found on the class path, so the module needs no extra "requires" for them.
    allowedClasspathAnnotations = {Override.class})
public @interface DomainValueStyle {}
