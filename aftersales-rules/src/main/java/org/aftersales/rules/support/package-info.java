/**
 * What the rule packages of {@code aftersales-rules} share: the module's Immutables style.
 *
 * <p>Contracts of the whole module: no method accepts or returns {@code null} unless documented;
 * value types are immutable and thread-safe; nothing reads the system clock, the JVM's default
 * time zone or its default locale.
 */
package org.aftersales.rules.support;
