/**
 * Document numbering schemes (编号规则), among them the complaint numbers of rule CMP-01: year,
 * month and a serial that restarts every month (年度(××)月份(××)流水编号(××), e.g. {@code 261107}
 * for the 7th complaint of November 2026).
 *
 * <ul>
 *   <li>{@link org.aftersales.rules.numbering.NumberingScheme} — a pattern such as
 *       {@code {yy}{MM}{serial:2}}, the business zone, the overflow policy: prints a number for a
 *       business timestamp and a serial, reads numbers back, orders them chronologically.</li>
 *   <li>{@link org.aftersales.rules.numbering.Overflow} — widen or refuse when a serial outgrows its
 *       width.</li>
 *   <li>{@link org.aftersales.rules.numbering.SequenceNumbering} — the
 *       {@link org.aftersales.core.numbering.DocumentNumbering} policy: a scheme plus the host's
 *       {@link org.aftersales.core.numbering.NumberSequences} counters.</li>
 * </ul>
 *
 * <p>Periods are read from the business timestamp in the scheme's business zone, never from the
 * system clock or the JVM's default zone; messages come in English and Chinese and never depend on
 * the JVM's default locale. See {@code docs/numbering.md}.
 *
 * <p>No method accepts or returns {@code null}. Schemes are immutable and thread-safe, builders are
 * not; a {@code SequenceNumbering} is as thread-safe as its adapter.
 */
package org.aftersales.rules.numbering;
