/**
 * Document numbering (单据编号): the serial-allocation port {@link
 * org.aftersales.core.numbering.NumberSequences} and the numbering policy interface {@link
 * org.aftersales.core.numbering.DocumentNumbering}, with the values they exchange. The complaint
 * numbers of CMP-01 — year, month and a serial that restarts every month (年度(××)月份(××)流水编号(××), e.g.
 * {@code 261107}) — are one such numbering; its schemes are implemented in
 * {@code org.aftersales.rules.numbering}, the port's in-memory adapter and contract tests are in
 * the testkit.
 *
 * <p>A number, once handed out, is never changed, reused or taken back.
 *
 * <p>No method accepts or returns {@code null} unless documented; values are immutable and
 * thread-safe.
 */
package org.aftersales.core.numbering;
