/**
 * <b>Internal</b> to {@code aftersales-rules}: what its rule packages share — the module's message
 * bundle ({@code RulesMessages}). The module descriptor does not export this package; it only opens
 * it to {@code org.aftersales.core}, whose {@code MessageBundle} reads the message files.
 *
 * <p>Contracts of the whole module: no method accepts or returns {@code null} unless documented;
 * value types are immutable and thread-safe; nothing reads the system clock, the JVM's default
 * time zone or its default locale.
 */
package org.aftersales.rules.support;
