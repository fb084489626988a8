/**
 * The penalty rules (罚扣规则) with the seed's defaults, implementing the policy interfaces of
 * {@code org.aftersales.core.penalty}: the loss basis (PEN-01), attribution (PEN-05), the
 * two-level allocation by responsibility weights and base points with exact largest-remainder
 * rounding (PEN-02, PEN-06, PEN-09), the monthly cap with carry-over (PEN-07, PEN-08), the
 * conversion of warnings and demerits (PEN-03, PEN-04), and the fine schedule (PEN-11, PEN-12,
 * CMP-20). Every number is a default an adopter can change by configuration.
 *
 * <p>No method accepts or returns {@code null} unless documented; policies and values are
 * immutable and thread-safe; there is no floating point anywhere (an ArchUnit rule checks it).
 */
package org.aftersales.rules.penalty;
